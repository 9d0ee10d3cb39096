/**
 * npm run check:browsing -- DIR: the checks of a built site that a reader of a large archive
 * relies on, printed with their figures; exits 1 when one fails.
 *   - every listing (a page with /page/2/ … beside it) reaches each of its pages in two clicks
 *     from its first, its middle and its last page (links read from the HTML);
 *   - /archive/<yyyy>/ exists for every year that has a month page;
 *   - every sitemap lists at most 50,000 URLs, and the sitemap index names them all;
 *   - no page is wider than a 320 px screen (Chromium, on one page of every kind and a sample).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { launchChromium, serveStatic } from "../tests/support/browser.ts";

const site = path.resolve(process.argv[2] ?? "_site");
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};
const html = (url: string) => readFileSync(path.join(site, url, "index.html"), "utf8");

// Listings: every folder that holds page/<n>/index.html.
const listings: string[] = [];
for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
  if (entry.isDirectory() && entry.name === "page" && existsSync(path.join(entry.parentPath, "index.html"))) {
    listings.push(`/${path.relative(site, entry.parentPath).split(path.sep).join("/")}/`.replace(/^\/\/$/, "/"));
  }
}
let deepest = 0;
let longest = 0;
for (const base of listings) {
  const pageCount = 1 + readdirSync(path.join(site, base, "page")).filter((n) => /^\d+$/.test(n)).length;
  longest = Math.max(longest, pageCount);
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  const numberOf = new Map(Array.from({ length: pageCount }, (_, i) => [urlOf(i + 1), i + 1]));
  const links = new Map<number, Set<number>>();
  const linksOf = (n: number) => {
    if (!links.has(n)) {
      const hrefs = [...html(urlOf(n)).matchAll(/<a [^>]*href="([^"#]*)/g)].map((m) => numberOf.get(m[1]!)).filter((x): x is number => x !== undefined);
      links.set(n, new Set(hrefs));
    }
    return links.get(n)!;
  };
  for (const from of new Set([1, Math.ceil(pageCount / 2), pageCount])) {
    const depth = new Map([[from, 0]]);
    let frontier = [from];
    for (let d = 1; d <= 2; d++) {
      frontier = frontier.flatMap((n) => [...linksOf(n)].filter((m) => !depth.has(m)).map((m) => (depth.set(m, d), m)));
    }
    deepest = Math.max(deepest, depth.size === pageCount ? Math.max(...depth.values()) : Infinity);
    check(depth.size === pageCount, `${base}: from page ${from}, ${pageCount - depth.size} of ${pageCount} pages are more than two clicks away`);
  }
}
console.log(`listings: ${listings.length}, the longest ${longest} pages; every page within ${deepest} clicks`);

// Years.
const archive = path.join(site, "archive");
const years = readdirSync(archive).filter((name) => /^\d{4}$/.test(name));
const withoutPage = years.filter((year) => !existsSync(path.join(archive, year, "index.html")));
check(withoutPage.length === 0, `years without a page: ${withoutPage.join(", ")}`);
console.log(`years: ${years.length}, each with its page: ${withoutPage.length === 0}`);

// Sitemaps.
const sitemapFiles = readdirSync(site).filter((name) => /^sitemap(-\d+)?\.xml$/.test(name));
if (sitemapFiles.length) {
  const index = readFileSync(path.join(site, "sitemap.xml"), "utf8");
  const named = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]);
  let total = 0;
  for (const file of sitemapFiles.filter((f) => f !== "sitemap.xml")) {
    const count = (readFileSync(path.join(site, file), "utf8").match(/<url>/g) ?? []).length;
    total += count;
    check(count <= 50_000, `${file} lists ${count} URLs`);
    check(named.includes(file), `the sitemap index does not name ${file}`);
    console.log(`${file}: ${count} URLs`);
  }
  console.log(`sitemaps: ${sitemapFiles.length - 1} under the index, ${total} URLs in all`);
} else {
  console.log("sitemaps: none (the site was built without --site-url)");
}

// Width: a page of every kind, and every 500th page.
const pages = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === "index.html" && !path.relative(site, e.parentPath).startsWith("pagefind"))
    .map((e) => `${path.relative(site, e.parentPath).split(path.sep).join("/")}/`.replace(/^\/$/, ""))
    .sort();
const kinds = new Map<string, string>();
for (const page of pages) kinds.set(`${page.split("/")[0]} ${page.split("/").length} ${page.includes("/page/")}`, page);
const sample = [...new Set([...kinds.values(), ...pages.filter((_, i) => i % 500 === 0)])];
const [browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
const tab = await context.newPage();
let widest = 0;
for (const page of sample) {
  await tab.goto(server.url + page);
  const width = await tab.evaluate(() => document.documentElement.scrollWidth);
  widest = Math.max(widest, width);
  check(width <= 320, `${page || "/"} is ${width} px wide on a 320 px screen`);
}
await Promise.all([browser.close(), server.close()]);
console.log(`width at 320 px: ${sample.length} pages, the widest ${widest} px`);

for (const failure of failures.slice(0, 50)) console.error(`FAIL ${failure}`);
console.log(failures.length ? `${failures.length} check(s) failed` : "all checks passed");
process.exit(failures.length ? 1 : 0);
