import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { listFiles } from "../../src/files/read-articles.ts";

export async function htmlPages(siteDir: string): Promise<string[]> {
  return (await listFiles(siteDir)).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
}

export function readPage(siteDir: string, page: string): string {
  return readFileSync(path.join(siteDir, page), "utf8");
}

/** Targets of the href and src attributes of a page that point inside the site. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="([^"#?]*)[^"]*"/g)]
    .map((m) => m[1]!)
    .filter((url) => url !== "" && !/^[a-z]+:/i.test(url) && !url.startsWith("//"));
}

/** Whether a URL path of the site (under pathPrefix) names a file that exists in siteDir. */
export function resolvesInSite(siteDir: string, url: string, pathPrefix = "/"): boolean {
  if (!url.startsWith(pathPrefix)) return false;
  const file = path.join(siteDir, decodeURIComponent(url.slice(pathPrefix.length)));
  if (!existsSync(file)) return false;
  return statSync(file).isFile() || existsSync(path.join(file, "index.html"));
}

/** Targets of the url() references of a style sheet, resolved against the sheet's own URL. */
export function styleSheetLinks(css: string, sheetUrl: string): string[] {
  return [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map((m) => m[1]!)
    .filter((url) => !/^[a-z]+:/i.test(url))
    .map((url) => new URL(url, `http://site${sheetUrl}`).pathname);
}

/**
 * Every internal link of every HTML page and style sheet that names no file of the site,
 * as "page → link". Links are checked as a host would serve them under pathPrefix.
 */
export async function brokenLinks(siteDir: string, pathPrefix = "/"): Promise<string[]> {
  const broken: string[] = [];
  const files = await listFiles(siteDir);
  for (const page of files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"))) {
    const pageUrl = pathPrefix + page.replace(/index\.html$/, "");
    for (const link of internalLinks(readPage(siteDir, page))) {
      const url = new URL(link, `http://site${pageUrl}`).pathname;
      if (!resolvesInSite(siteDir, decodeURI(url), pathPrefix)) broken.push(`${page} → ${link}`);
    }
  }
  for (const sheet of files.filter((f) => f.endsWith(".css") && !f.startsWith("pagefind/"))) {
    for (const url of styleSheetLinks(readPage(siteDir, sheet), pathPrefix + sheet)) {
      if (!resolvesInSite(siteDir, decodeURI(url), pathPrefix)) broken.push(`${sheet} → ${url}`);
    }
  }
  return broken;
}
