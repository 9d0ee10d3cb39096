import type { Browser, Page } from "playwright-core";

/** Waits until the search page shows the results of exactly this search (the form marks what it shows). */
export async function waitForSearch(page: Page, params: URLSearchParams): Promise<void> {
  await page.waitForFunction(
    (expected) => (document.getElementById("search") as HTMLFormElement | null)?.dataset.shown === expected,
    params.toString(),
  );
}

/** The search page, loaded and ready for a reader. */
export async function openSearch(browser: Browser, siteUrl: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}search/`);
  await waitForSearch(page, new URLSearchParams());
  return page;
}

/** Types into the search box key by key, as a reader does, and waits for the results. */
export async function searchByTyping(page: Page, query: string): Promise<void> {
  await page.getByRole("searchbox").pressSequentially(query);
  await waitForSearch(page, new URLSearchParams({ q: query }));
}

/** The sample articles listed, by their number (000…004), in order. */
export async function shownArticles(page: Page): Promise<string[]> {
  const hrefs = await page.locator("#search-results h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => /\/articles\/(\d{3})/.exec(href)?.[1] ?? href).sort();
}
