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
