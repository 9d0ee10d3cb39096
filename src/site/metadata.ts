import { dateToRfc3339 } from "@11ty/eleventy-plugin-rss";
import type { Archive } from "../archive/index.ts";
import type { ArticleRecord } from "../record.ts";
import { dateParts } from "../record-values.ts";
import { urls, type SiteLinks } from "./links.ts";
import type { Feed } from "./pages.ts";
import { escapeXml } from "./timeline-svg.ts";

const SUMMARY_LENGTH = 200;

/** The first paragraph, cut at a word near SUMMARY_LENGTH characters: for descriptions and previews. */
export function summaryOf(article: ArticleRecord): string {
  const first = article.paragraphs[0] ?? "";
  if (first.length <= SUMMARY_LENGTH) return first;
  const cut = first.slice(0, SUMMARY_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SUMMARY_LENGTH / 2))}…`;
}

/** The story as escaped HTML paragraphs, for feed readers. */
export function articleHtml(article: ArticleRecord): string {
  return article.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join("\n");
}

/**
 * JSON for a <script> element. JSON.stringify leaves "<" alone, so "</script>" in a headline
 * would end the element: every character that HTML could read as markup is written as \uXXXX.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** schema.org NewsArticle of an article page. */
export function newsArticle(article: ArticleRecord, archive: Archive, links: SiteLinks, sourceName: (source: string) => string = (source) => source) {
  const url = links.absolute(urls.article(article));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    inLanguage: "ar",
    ...(article.date && { datePublished: article.date }),
    ...(url && { url, mainEntityOfPage: url }),
    ...(article.source && { author: { "@type": "Organization", name: sourceName(article.source) } }),
    ...(article.place && { dateline: article.place }),
    description: summaryOf(article),
    about: article.topics.map((id) => ({ "@type": "Thing", name: archive.topicById[id]?.label ?? id })),
    mentions: [
      ...article.countries.map((code) => ({ "@type": "Country", name: archive.countryByCode[code]?.name ?? code })),
      ...article.officials.map((o) => ({ "@type": "Person", name: o.name, ...(o.role && { jobTitle: o.role }) })),
    ],
  };
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(feed: Feed, links: SiteLinks, sourceName: (source: string) => string = (source) => source) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    language: "ar",
    home_page_url: links.best(feed.pageUrl),
    feed_url: links.best(`${feed.folder}feed.json`),
    items: feed.articles.map((article) => ({
      id: links.id(urls.article(article)),
      url: links.best(urls.article(article)),
      title: article.title,
      content_html: articleHtml(article),
      summary: summaryOf(article),
      date_published: rfc3339(article.date!),
      ...(article.source && { authors: [{ name: sourceName(article.source) }] }),
    })),
  };
}

/**
 * "2024-12-02", "2024-12" or "2024-12-02T10:30" as an RFC 3339 date-time, read as UTC (the
 * records carry no time zone); nothing for what is no date.
 */
export function rfc3339(iso: string): string {
  const parts = dateParts(iso);
  if (!parts) return "";
  const { year, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  return dateToRfc3339(new Date(Date.UTC(year, month - 1, day, hour, minute)));
}
