import { describe, expect, inject, it } from "vitest";
import { browseSite } from "../support/browser.ts";
import { openSearch, searchByTyping } from "../search/search-page.ts";

const { outputDir, pathPrefix: PREFIX } = inject("prefixedSampleSite");

describe("search on a site served under a path prefix", () => {
  const session = browseSite(() => outputDir, PREFIX);

  it("loads its index from under the prefix and links every result under it", async () => {
    const page = await openSearch(session.browser, session.server.url);
    await searchByTyping(page, "طشقند");
    const href = await page.locator("#search-results h2 a").getAttribute("href");
    expect(href).toMatch(new RegExp(`^${PREFIX}articles/002[^/]*/$`));
    await page.locator("#search-results h2 a").click();
    await page.waitForURL(`**${href}`);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    await page.close();
  });
});
