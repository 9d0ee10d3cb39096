import type { ArticleRecord } from "../record.ts";
import type { CountryEntry, MonthEntry, OfficialEntry, TopicEntry } from "../archive/index.ts";

/** Where each kind of page lives, without the path prefix. */
export const urls = {
  article: (a: ArticleRecord) => `/articles/${a.id}/`,
  country: (c: CountryEntry) => `/countries/${c.slug}/`,
  topic: (t: TopicEntry) => `/topics/${t.slug}/`,
  /** An official without a page of their own (named in one story) is found at that story. */
  official: (o: Pick<OfficialEntry, "slug" | "hasPage" | "articles">) => (o.hasPage ? `/officials/${o.slug}/` : `/articles/${o.articles[0]!.id}/`),
  month: (m: MonthEntry) => `/archive/${m.key.replace("-", "/")}/`,
  source: (s: { slug: string }) => `/sources/${s.slug}/`,
  undated: "/archive/undated/",
};

/** How a path of the site (such as /countries/cn/) is written for a reader, a feed or a search engine. */
export interface SiteLinks {
  /** The path under the site's path prefix: /archive/countries/cn/. */
  prefixed(path: string): string;
  /** The full URL when the site's URL is known (feeds, sitemap, canonical links need one). */
  absolute(path: string): string | undefined;
  /** The full URL when known, else the prefixed path (relative references are valid in feeds). */
  best(path: string): string;
  /** A permanent identifier for feeds: the full URL when known, else a URN built from the path. */
  id(path: string): string;
}

export function siteLinks(pathPrefix: string, siteUrl?: string): SiteLinks {
  const prefixed = (path: string) => pathPrefix.replace(/\/$/, "") + path;
  const absolute = (path: string) => (siteUrl ? encodeURI(siteUrl + prefixed(path)) : undefined);
  return {
    prefixed,
    absolute,
    best: (path) => absolute(path) ?? prefixed(path),
    id: (path) => absolute(path) ?? `urn:arshif:${encodeURI(path)}`,
  };
}
