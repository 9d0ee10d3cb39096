import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import { HtmlValidate } from "html-validate";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { browseSite } from "../support/browser.ts";
import { htmlPages } from "../support/site-files.ts";

const { outputDir: site } = inject("sampleSite");

describe("the HTML of the sample site", () => {
  it("has no html-validate error on any page", async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")));
    const errors: string[] = [];
    for (const page of await htmlPages(site)) {
      const report = await validator.validateFile(path.join(site, page));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe("accessibility of the sample site (axe-core in Chromium)", () => {
  const session = browseSite(() => site);

  const pages = {
    home: "",
    article: "countries/kz/ a:first-of-type",
    country: "countries/cn/",
    official: "officials/ a:first-of-type",
    "officials index": "officials/",
    "archive year": "archive/2024/",
    source: "sources/ a:first-of-type",
    search: `search/?q=${encodeURIComponent("الصين")}`,
  };

  for (const [name, target] of Object.entries(pages)) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`has no serious or critical violation on the ${name} page in ${colorScheme} mode`, async () => {
        const context = await session.browser.newContext({ colorScheme }); // AxeBuilder needs a page of its own context
        const page = await context.newPage();
        const [url, link] = target.split(" ");
        await page.goto(session.server.url + url);
        if (link) await page.locator(`main .article-list ${link}, main .index-list li:first-child ${link}`).first().click();
        await page.waitForLoadState("networkidle");
        const { violations } = await new AxeBuilder({ page }).analyze();
        const severe = violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(severe).toEqual([]);
        await context.close();
      });
    }
  }
});
