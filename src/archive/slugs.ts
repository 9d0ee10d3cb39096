/**
 * Addresses unique by construction: within its section, every article, official, country and
 * topic gets a slug of its own, never empty and never a name the site gives its own pages.
 */
import { hashedSlug, slugOf } from "../ingest/slug.ts";

/** Names of the site's own folders and files: a page named so would stand where one of them does (/officials/page/2/, /officials/all/). */
const RESERVED = new Set(["page", "search", "assets", "pagefind", "feed", "sitemap", "all", "countries", "roles"]);

export interface WantedSlug {
  /** What the slug stands for (a file, an identity, an id): unique among the slugs asked for together. */
  key: string;
  slug: string;
}

/**
 * One slug per entry, in the entries' order. A slug that is not in slug form is made so; one
 * that is empty, reserved or wanted by several keys gets a short hash of each key instead.
 * So a page keeps its address as long as its key, and the keys it collides with, stay.
 */
export function uniqueSlugs(wanted: readonly WantedSlug[]): string[] {
  const slugs = wanted.map(({ slug }) => slugOf(slug));
  const askers = new Map<string, number>();
  for (const slug of slugs) askers.set(slug, (askers.get(slug) ?? 0) + 1);
  const taken = new Set(RESERVED);
  const contested: number[] = [];
  slugs.forEach((slug, i) => {
    if (slug !== "" && !RESERVED.has(slug) && askers.get(slug) === 1) taken.add(slug);
    else contested.push(i);
  });
  contested.sort((a, b) => compare(wanted[a]!.key, wanted[b]!.key));
  for (const i of contested) {
    // A hashed slug can still equal another's plain one when a name was made to look like it.
    let slug = hashedSlug(slugs[i]!, wanted[i]!.key);
    for (let n = 2; taken.has(slug); n++) slug = hashedSlug(slugs[i]!, `${wanted[i]!.key} ${n}`);
    taken.add(slug);
    slugs[i] = slug;
  }
  return slugs;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
