import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { browseSite } from "../support/browser.ts";
import { openSearch, searchByTyping, shownArticles, waitForSearch } from "../search/search-page.ts";

const { outputDir: site } = inject("sampleSite");
const ALL = ["000", "001", "002", "003", "004"];

describe("searching the sample archive in Arabic, as a reader types", () => {
  const session = browseSite(() => site);
  let page: Page;

  async function found(query: string): Promise<string[]> {
    page = await openSearch(session.browser, session.server.url);
    await searchByTyping(page, query);
    const articles = await shownArticles(page);
    await page.close();
    return articles;
  }

  it.each([
    ["الصين", ALL],
    ["والصين", ALL],
    ["بالصين", ALL],
    ["للصين", ALL],
  ])("finds every article about China whether the reader types %s with or without a clitic", async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it("finds الصينية when the reader types ه for ة (الصينيه)", async () => {
    expect(await found("الصينيه")).toEqual(ALL);
  });

  it("finds the same articles whichever hamza or alef form the reader types", async () => {
    expect(await found("الاستراتيجية")).toEqual(ALL);
    expect(await found("الإستراتيجية")).toEqual(ALL);
    expect(await found("اكد")).toEqual(["000", "001", "003", "004"]);
    expect(await found("أكد")).toEqual(["000", "001", "003", "004"]);
  });

  it("ignores tashkeel and tatweel in the query (الصِّين، الصـــين)", async () => {
    expect(await found("الصِّين")).toEqual(ALL);
    expect(await found("الصـــين")).toEqual(ALL);
  });

  it("finds the article with 2023 when the reader types Arabic-Indic digits ٢٠٢٣", async () => {
    expect(await found("٢٠٢٣")).toEqual(["000"]);
  });

  it("finds both articles about Kazakhstan by either spelling (كازاخستان ↔ قازاقستان)", async () => {
    expect(await found("كازاخستان")).toEqual(["003", "004"]);
    expect(await found("قازاقستان")).toEqual(["003", "004"]);
    expect(await found("الكازاخستانية")).toEqual(["003", "004"]);
  });

  it("finds both articles about the ambassador from a misspelling of his name (جسام الناجم)", async () => {
    expect(await found("جسام الناجم")).toEqual(["000", "001"]);
    expect(await found("جاسم الناجم")).toEqual(["000", "001"]);
  });

  it("does not return articles that only share a stem with وزارة (زيارة، وزير)", async () => {
    expect(await found("وزارة")).toEqual(["000", "001"]);
    expect(await found("وزاره")).toEqual(["000", "001"]);
  });

  it.each([
    ["بكين", ["000", "001", "003"]],
    ["الطاقة", ALL],
    ["الحزام والطريق", ["002", "003", "004"]],
    ["كوفيد", ["002", "003"]],
    ["كوفيد-19", ["002", "003"]],
    ["وانغ يي", ["002", "003", "004"]],
    ["طشقند", ["002"]],
    ["الكويت وزارة", ["000", "001"]],
  ])("finds exactly the articles that contain %s", async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });

  it("tells the reader when nothing matches, and how to search differently", async () => {
    page = await openSearch(session.browser, session.server.url);
    await searchByTyping(page, "بطاطس مقلية");
    expect(await page.locator("#search-status").textContent()).toContain("لا نتائج");
    expect(await page.locator("#search-help").isVisible()).toBe(true);
    await page.close();
  });
});

describe("the search page's address, filters and results", () => {
  const session = browseSite(() => site);

  it("lists every article of a country when opened from the country's page (?country=kz, any case)", async () => {
    for (const code of ["KZ", "kz"]) {
      const page = await session.browser.newPage();
      await page.goto(`${session.server.url}search/?country=${code}`);
      await waitForSearch(page, new URLSearchParams({ country: "KZ" }));
      expect(await shownArticles(page)).toEqual(["003", "004"]);
      expect(await page.locator("#search-country").inputValue()).toBe("KZ");
      await page.close();
    }
  });

  it("runs a shared search on load, with its words and filters in the form", async () => {
    const page = await session.browser.newPage();
    const shared = new URLSearchParams({ q: "الصين", country: "KZ" });
    await page.goto(`${session.server.url}search/?${shared}`);
    await waitForSearch(page, shared);
    expect(await page.locator("#search-q").inputValue()).toBe("الصين");
    expect(await shownArticles(page)).toEqual(["003", "004"]);
    await page.close();
  });

  it("keeps the address in step with what the reader types and chooses (a country by the start of its name), so it can be shared", async () => {
    const page = await openSearch(session.browser, session.server.url);
    await searchByTyping(page, "وانغ");
    await page.locator("#search-country-name").fill("كازاخ");
    await page.locator("#search-country-name").dispatchEvent("change");
    expect(await page.locator("#search-country-name").inputValue()).toBe("كازاخستان");
    const expected = new URLSearchParams({ q: "وانغ", country: "KZ" });
    await waitForSearch(page, expected);
    expect(new URL(page.url()).searchParams.toString()).toBe(expected.toString());
    expect(await shownArticles(page)).toEqual(["003", "004"]);
    await page.close();
  });

  it("announces the number of results in a live region, with every filter's choices there from the start", async () => {
    const page = await openSearch(session.browser, session.server.url);
    expect(await page.locator("#search-year option").count()).toBeGreaterThan(1);
    await searchByTyping(page, "كازاخستان");
    const status = page.locator("[role=status]");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    expect(await status.textContent()).toBe("النتائج: مقالتان");
    await page.close();
  });

  it("shows each result as a link with its title, Arabic date, source and a marked excerpt", async () => {
    const page = await openSearch(session.browser, session.server.url);
    await searchByTyping(page, "نورتلو");
    const result = page.locator("#search-results li");
    expect(await result.count()).toBe(1);
    expect(await result.locator("h2 a").textContent()).toContain("وزير الخارجية الصيني يلتقي");
    expect(await result.locator("time").textContent()).toBe("٢ ديسمبر ٢٠٢٤");
    expect(await result.locator(".meta").textContent()).toContain("شينخوا");
    expect(await result.locator(".excerpt mark").first().textContent()).toBe("نورتلو");
    await page.close();
  });

  it("can be used with the keyboard alone: a labelled search field in a search form", async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}search/`);
    await waitForSearch(page, new URLSearchParams());
    expect(await page.getByRole("search").count()).toBe(1);
    await page.getByLabel("ابحث عن كلمة أو اسم أو بلد").focus();
    await page.keyboard.type("طشقند");
    await page.keyboard.press("Enter");
    await waitForSearch(page, new URLSearchParams({ q: "طشقند" }));
    expect(await shownArticles(page)).toEqual(["002"]);
    await page.close();
  });

  it("filters by month, source and official, each kept in the address; countries are listed by name", async () => {
    const page = await openSearch(session.browser, session.server.url);
    await page.locator("#search-country-name").focus();
    const countries = await page.locator("#search-countries option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(countries.length).toBeGreaterThan(1);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, "ar")));
    const month = await page.locator("#search-month option").nth(1).getAttribute("value");
    const source = await page.locator("#search-source option").nth(1).getAttribute("value");
    await page.locator("#search-month").selectOption(month!);
    await page.locator("#search-source").selectOption(source!);
    await waitForSearch(page, new URLSearchParams({ month: month!, source: source! }));
    expect(await page.locator("#search-results li").count()).toBeGreaterThan(0);
    const [name, slug] = (JSON.parse(await readFile(path.join(site, "pagefind", "officials.json"), "utf8")) as [string, string][])[0]!;
    await page.locator("#search-official-name").fill(name!);
    await page.locator("#search-official-name").dispatchEvent("change");
    await waitForSearch(page, new URLSearchParams({ month: month!, source: source!, official: slug! }));
    expect(new URL(page.url()).searchParams.get("official")).toBe(slug);
    await page.close();
  });

  it("fits a 320 px phone screen without sideways scrolling, results shown, and uses no web font", async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    const fonts: string[] = [];
    page.on("request", (request) => void (request.resourceType() === "font" && fonts.push(request.url())));
    await page.goto(`${session.server.url}search/?q=${encodeURIComponent("وزير الخارجية")}`);
    await waitForSearch(page, new URLSearchParams({ q: "وزير الخارجية" }));
    expect(await page.locator("#search-results li").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(fonts).toEqual([]);
    await page.close();
  });
});

