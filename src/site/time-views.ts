/**
 * The archive by time: /archive/ (every year with its count and a grid of its months),
 * /archive/<yyyy>/ (its months with their counts and a timeline), and the months before and
 * after each month page.
 */
import type { Archive, MonthEntry } from "../archive/index.ts";
import { formatArticleCount, formatGregorian, formatNumber, type Digits } from "./format.ts";
import { urls } from "./links.ts";
import type { MonthCount } from "./timeline-svg.ts";

export interface MonthCell {
  /** "2018-05". */
  key: string;
  /** "مايو". */
  name: string;
  count: number;
  /** The month's page; none for a month without articles. */
  url?: string;
}

export interface YearSummary {
  year: number;
  label: string;
  url: string;
  count: number;
  /** January to December. */
  months: MonthCell[];
}

/** The archive's front page by time, or one year's page. */
export interface TimePage {
  kind: "archive" | "year";
  url: string;
  title: string;
  description: string;
  /** On the archive's page: every year, the newest first; on a year's page: that year. */
  years: YearSummary[];
  undated?: { url: string; count: number };
  /** On a year's page: its months for the timeline, and the years before and after it. */
  timeline?: { title: string; counts: MonthCount[] };
  previous?: { label: string; url: string };
  next?: { label: string; url: string };
}

/** What a month's page shows around its articles: the months before and after it, and its year. */
export interface MonthLinks {
  year: { label: string; url: string };
  previous?: { label: string; url: string };
  next?: { label: string; url: string };
}

export function yearUrl(year: number | string): string {
  return `/archive/${year}/`;
}

export function timePages(archive: Archive, digits: Digits): TimePage[] {
  const years = yearSummaries(archive.months, digits);
  const dated = years.reduce((sum, year) => sum + year.count, 0);
  const span = years.length === 1 ? `في ${years[0]!.label}` : years.length ? `من ${years.at(-1)!.label} إلى ${years[0]!.label}` : "";
  const home: TimePage = {
    kind: "archive",
    url: "/archive/",
    title: "الأرشيف حسب الزمن",
    description: years.length
      ? `مقالات الأرشيف سنة بسنة وشهرًا بشهر: ${formatArticleCount(dated, digits)} مؤرخة ${span}${archive.undated.length ? `، و${formatArticleCount(archive.undated.length, digits)} غير مؤرخة` : ""}.`
      : "مقالات الأرشيف سنة بسنة وشهرًا بشهر.",
    years,
    ...(archive.undated.length && { undated: { url: urls.undated, count: archive.undated.length } }),
  };
  const yearPages = years.map((summary, i): TimePage => {
    const busiest = summary.months.reduce((a, b) => (b.count > a.count ? b : a));
    const newer = years[i - 1];
    const older = years[i + 1];
    return {
      kind: "year",
      url: summary.url,
      title: `الأرشيف: ${summary.label}`,
      description: `${formatArticleCount(summary.count, digits)} من ${summary.label} في الأرشيف، ${monthsWith(summary.months, busiest, digits)}.`,
      years: [summary],
      timeline: { title: summary.label, counts: summary.months.map((m) => ({ month: m.key, count: m.count })) },
      ...(older && { previous: { label: older.label, url: older.url } }),
      ...(newer && { next: { label: newer.label, url: newer.url } }),
    };
  });
  return [home, ...yearPages];
}

/** "كلها في أغسطس", or "في ٥ من أشهرها، أكثرها في مايو". */
function monthsWith(months: readonly MonthCell[], busiest: MonthCell, digits: Digits): string {
  const withArticles = months.filter((m) => m.count > 0).length;
  if (withArticles === 1) return busiest.count === 1 ? `في ${busiest.name}` : `كلها في ${busiest.name}`;
  return `في ${formatNumber(withArticles, digits)} من أشهرها، أكثرها في ${busiest.name}`;
}

function yearSummaries(months: readonly MonthEntry[], digits: Digits): YearSummary[] {
  const byKey = new Map(months.map((m) => [m.key, m]));
  const years = [...new Set(months.map((m) => m.year))].sort((a, b) => b - a);
  return years.map((year) => {
    const cells = Array.from({ length: 12 }, (_, i): MonthCell => {
      const key = `${year}-${String(i + 1).padStart(2, "0")}`;
      const entry = byKey.get(key);
      return { key, name: formatGregorian(key, digits).replace(/\s*\S+$/, ""), count: entry?.articles.length ?? 0, ...(entry && { url: urls.month(entry) }) };
    });
    return { year, label: formatGregorian(String(year), digits), url: yearUrl(year), count: cells.reduce((sum, c) => sum + c.count, 0), months: cells };
  });
}

/** Per month key: its year's page and the months with articles before and after it. */
export function monthLinks(months: readonly MonthEntry[], digits: Digits): Map<string, MonthLinks> {
  const link = (m: MonthEntry) => ({ label: formatGregorian(m.key, digits), url: urls.month(m) });
  // Months are newest first: the one after in the list is the one before in time.
  return new Map(months.map((m, i) => [m.key, {
    year: { label: formatGregorian(String(m.year), digits), url: yearUrl(m.year) },
    ...(months[i + 1] && { previous: link(months[i + 1]!) }),
    ...(months[i - 1] && { next: link(months[i - 1]!) }),
  }]));
}
