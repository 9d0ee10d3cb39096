import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { launchChromium, serveStatic, type StaticServer } from "../support/browser.ts";
import { openSearch, searchByTyping } from "../search/search-page.ts";

const PREFIX = "/arshif/";

describe("search on a site served under a path prefix", () => {
  let outputDir: string;
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    outputDir = await mkdtemp(path.join(tmpdir(), "arshif-prefixed-site-"));
    await buildSite(loadSettings(PROJECT_ROOT, { outputDir, pathPrefix: PREFIX }));
    [browser, server] = await Promise.all([launchChromium(), serveStatic(outputDir, PREFIX)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
    if (outputDir) await rm(outputDir, { recursive: true, force: true });
  });

  it("loads its index from under the prefix and links every result under it", async () => {
    const page = await openSearch(browser, server.url);
    await searchByTyping(page, "طشقند");
    const href = await page.locator("#search-results h2 a").getAttribute("href");
    expect(href).toMatch(/^\/arshif\/articles\/002[^/]*\/$/);
    await page.locator("#search-results h2 a").click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    await page.close();
  });
});
