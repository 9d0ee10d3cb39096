/**
 * Bytes a reader's browser downloads for the first search on a large archive: serves a site,
 * opens the search page in Chromium, runs one search and sums every response (the page, its
 * styles and font, search.js, Pagefind's files, the pages the excerpts are read from), text
 * counted as a host sends it gzipped. The site is built from a folder of articles (the real
 * corpus: `node ../shared/corpora/make-archive.mjs DIR`), or from a synthetic archive of N articles.
 * Usage: npm run bench:search -- [N | ARTICLES_DIR] [query] [--cache DIR] [--site DIR]   (default: 10000 الصين)
 * With --cache, a folder of articles built before (by bench:peer --keep, say) is not read again;
 * with --site DIR, a site already built is measured as it is; --list prints every download.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import type { Response } from "playwright-core";
import { loadSettings } from "../src/config/settings.ts";
import { buildSite } from "../src/build/build-site.ts";
import { PROJECT_ROOT } from "../src/site/eleventy-site.ts";
import { launchChromium, serveStatic } from "../tests/support/browser.ts";
import { searchByTyping, waitForSearch } from "../tests/search/search-page.ts";
import { sampleParagraphs, writeSyntheticArchive } from "./synthetic-corpus.ts";

const { values: flags, positionals } = parseArgs({ options: { cache: { type: "string" }, site: { type: "string" }, list: { type: "boolean" } }, allowPositionals: true });
const cacheDir = flags.cache && path.resolve(flags.cache);
const builtSite = flags.site && path.resolve(flags.site);
const source = positionals[0] ?? "10000";
const count = /^\d+$/.test(source) ? Number(source) : undefined;
const query = positionals[1] ?? "الصين";

interface Download {
  url: string;
  bytes: number;
}

/** Pagefind's files by kind: its script and WebAssembly, the page list, word index chunks, filters, result fragments. */
function kindOf(pathname: string): string {
  const file = pathname.slice(pathname.lastIndexOf("/") + 1);
  if (pathname.includes("/fragment/")) return "fragments";
  if (pathname.includes("/index/")) return "word index";
  if (pathname.includes("/filter/")) return "filters";
  if (file.endsWith(".pf_meta")) return "page list";
  if (file.startsWith("wasm.")) return "wasm";
  return "script";
}

function sumBytes(downloads: Download[]): number {
  return downloads.reduce((total, entry) => total + entry.bytes, 0);
}

/** What the browser downloads for the first search, then for opening the filters (their lists load on demand). */
async function firstSearchDownloads(site: string): Promise<{ search: Download[]; filters: Download[] }> {
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(site)]);
  try {
    let sizes: Promise<Download>[] = [];
    const page = await browser.newPage();
    page.on("response", (response: Response) => sizes.push(response.body().then((body) => ({ url: response.url(), bytes: sentSize(response, body) }))));
    await page.goto(`${server.url}search/`);
    await waitForSearch(page, new URLSearchParams());
    await searchByTyping(page, query);
    const search = await Promise.all(sizes);
    sizes = [];
    await page.locator("#search-country-name").focus();
    await page.waitForFunction(() => document.querySelectorAll("#search-year option").length > 1);
    await page.waitForLoadState("networkidle");
    return { search, filters: await Promise.all(sizes) };
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

/** What a host sends: text compressed with gzip (as nginx, Netlify, GitHub Pages and S3 behind CloudFront do), the rest as it is. */
function sentSize(response: Response, body: Buffer): number {
  const type = response.headers()["content-type"] ?? "";
  return /^(text\/|application\/(javascript|json|xml))/.test(type) ? gzipSync(body).length : body.length;
}

const work = await mkdtemp(path.join(tmpdir(), `arshif-bench-search-`));
try {
  const articlesDir = count === undefined ? path.resolve(source) : path.join(work, "articles");
  const outputDir = builtSite ?? path.join(work, "_site");
  if (count !== undefined && !builtSite) await writeSyntheticArchive(articlesDir, count, sampleParagraphs(path.join(PROJECT_ROOT, "articles")));
  const started = performance.now();
  const { articles } = builtSite
    ? { articles: JSON.parse(await readFile(path.join(builtSite, "pagefind", "pagefind-entry.json"), "utf8")).languages.ar.page_count }
    : await buildSite(loadSettings(PROJECT_ROOT, { articlesDir, outputDir, cacheDir: cacheDir ?? path.join(work, "cache") }));
  const buildSeconds = ((performance.now() - started) / 1000).toFixed(1);
  const { search, filters } = await firstSearchDownloads(outputDir);
  const pagefind = search.filter((entry) => new URL(entry.url).pathname.startsWith("/pagefind/"));
  const kB = (n: number) => `${(n / 1000).toFixed(0)} kB`;
  const kinds = new Map<string, Download[]>();
  for (const entry of pagefind) {
    const kind = kindOf(new URL(entry.url).pathname);
    kinds.set(kind, [...(kinds.get(kind) ?? []), entry]);
  }
  if (flags.list) for (const entry of search) console.log(`${kB(entry.bytes).padStart(7)}  ${new URL(entry.url).pathname}`);
  const breakdown = [...kinds].map(([kind, list]) => `${kind} ${kB(sumBytes(list))} (${list.length})`).join(", ");
  console.log(
    `${articles} articles (built in ${buildSeconds} s), first search for «${query}»: ${kB(sumBytes(search))} in all ` +
      `(${search.length} requests): ${kB(sumBytes(pagefind))} from pagefind/ [${breakdown}], ` +
      `${kB(sumBytes(search) - sumBytes(pagefind))} for the page, its styles, font and search.js and the articles the excerpts are read from; ` +
      `opening the filters then loads ${kB(sumBytes(filters))} of filter lists (text gzipped as a host sends it)`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
