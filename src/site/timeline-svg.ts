import type { ArticleRecord } from "../record.ts";
import { dateParts } from "../record-values.ts";
import { formatArticleCount, formatGregorian, formatNumber, type Digits } from "./format.ts";

export interface MonthCount {
  /** "YYYY-MM". */
  month: string;
  count: number;
}

/** Articles per month, every month from the first to the last dated article (empty ones too); a date that is no date is not counted. */
export function monthlyCounts(articles: readonly ArticleRecord[]): MonthCount[] {
  const counts = new Map<number, number>();
  for (const { date } of articles) {
    const parts = date === undefined ? undefined : dateParts(date);
    if (!parts?.month) continue;
    const index = monthIndex(parts.year, parts.month);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const indexes = [...counts.keys()];
  const [first, last] = [Math.min(...indexes), Math.max(...indexes)];
  return Array.from({ length: last - first + 1 }, (_, i) => ({ month: monthKey(first + i), count: counts.get(first + i) ?? 0 }));
}

/** Months since year 0: consecutive months are consecutive numbers. */
function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function monthKey(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const WIDTH = 600;
/** A year or less is drawn wider, so that every month has room for its name. */
const WIDTH_FOR_A_YEAR = 744;
const CHART_HEIGHT = 100;
const ROW = 30;
const MIN_YEAR_GAP = 56;
/** Room for the longest month name (سبتمبر، أكتوبر) in the labels' font. */
const MONTH_LABEL_ROOM = 62;
const MAX_BAR_WIDTH = 40;
/** A range this long or longer is drawn from its dense part when a few articles lie far from the rest. */
const LONG_RANGE = 24;
/** The dense part holds at least this share of the articles. */
const DENSE_SHARE = 0.95;

export interface TimelineOptions {
  title: string;
  digits: Digits;
  /** The page of a month ("2024-05"), for the bar to link to. */
  monthUrl?: (month: string) => string | undefined;
  /** The page of a year, for the note on the articles outside the range drawn. */
  yearUrl?: (year: string) => string | undefined;
}

/**
 * A bar chart of articles per month, drawn at build time so it needs no script. Time runs
 * from right to left, as the page reads; each bar links to its month. When a few articles lie
 * far from the rest (2012–2018 with almost all in 2018), the dense range is drawn and the
 * others are named under it, by year. Labels name the months (as many as fit) and the years,
 * and never run past the picture's edges. The picture and its links carry their text for
 * assistive technology, and a visually hidden table gives every month with its count.
 */
export function timelineSvg(all: readonly MonthCount[], { title, digits, monthUrl, yearUrl }: TimelineOptions): string {
  if (all.length === 0) return "";
  const { shown, outside } = denseRange(all);
  const width = shown.length <= 12 ? WIDTH_FOR_A_YEAR : WIDTH;
  const step = width / shown.length;
  const barWidth = Math.min(step * 0.8, MAX_BAR_WIDTH);
  const highest = shown.reduce((most, c) => Math.max(most, c.count), 0);
  const x = (i: number) => width - (i + 1) * step;
  const number = (n: number) => formatNumber(n, digits);
  const month = (key: string) => formatGregorian(key, digits);
  const monthsEvery = [1, 2, 3, 4, 6].find((k) => step * k >= MONTH_LABEL_ROOM);
  const rows = monthsEvery ? 2 : 1;

  const bars = shown.map(({ month: key, count }, i) => {
    if (count === 0) return "";
    const height = Math.max(3, (count / highest) * CHART_HEIGHT);
    const bar = `<rect x="${round(x(i) + (step - barWidth) / 2)}" y="${round(CHART_HEIGHT - height)}" width="${round(barWidth)}" height="${round(height)}"/>`;
    const url = monthUrl?.(key);
    if (!url) return bar;
    const label = `${month(key)}: ${formatArticleCount(count, digits)}`;
    return `<a href="${escapeXml(url)}" aria-label="${escapeXml(label)}"><rect class="hit" x="${round(x(i))}" y="0" width="${round(step)}" height="${CHART_HEIGHT}"/>${bar}</a>`;
  });
  const summary = describe(shown, digits);
  const heading = `المقالات شهرًا بشهر: ${title}`;
  const labels = [
    ...(monthsEvery ? monthLabels(shown, x, step, width, monthsEvery, digits) : []),
    ...yearLabels(shown, x, step, width, CHART_HEIGHT + rows * ROW - 6, digits),
  ];

  return [
    `<figure class="timeline">`,
    `<svg viewBox="0 0 ${width} ${CHART_HEIGHT + rows * ROW}" role="${monthUrl ? "group" : "img"}" aria-labelledby="timeline-title timeline-desc">`,
    `<title id="timeline-title">${escapeXml(heading)}</title>`,
    `<desc id="timeline-desc">${escapeXml(summary)}</desc>`,
    `<line class="axis" x1="0" y1="${CHART_HEIGHT}" x2="${width}" y2="${CHART_HEIGHT}"/>`,
    `<g class="bars">${bars.join("")}</g>`,
    `<g class="labels" aria-hidden="true">${labels.join("")}</g>`,
    `</svg>`,
    // in a box of its own: a table is never narrower than its content, so it cannot be hidden in one pixel itself
    `<div class="visually-hidden"><table><caption>${escapeXml(heading)}</caption>`,
    `<thead><tr><th scope="col">الشهر</th><th scope="col">عدد المقالات</th></tr></thead><tbody>`,
    ...all.filter((c) => c.count > 0).map((c) => `<tr><td>${escapeXml(month(c.month))}</td><td>${number(c.count)}</td></tr>`),
    `</tbody></table></div>`,
    `<figcaption>${escapeXml(summary)}${outside.length ? ` ${outsideNote(outside, digits, yearUrl)}` : ""}</figcaption>`,
    `</figure>`,
  ].join("");
}

/**
 * The months to draw: all of them, or, for a long range whose articles nearly all lie in a
 * part at most half as long, the shortest run of months that holds DENSE_SHARE of them.
 */
export function denseRange(counts: readonly MonthCount[]): { shown: readonly MonthCount[]; outside: MonthCount[] } {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (counts.length < LONG_RANGE) return { shown: counts, outside: [] };
  let best: [number, number] = [0, counts.length - 1];
  let sum = 0;
  for (let start = 0, end = 0; end < counts.length; end++) {
    sum += counts[end]!.count;
    while (sum - counts[start]!.count >= DENSE_SHARE * total) sum -= counts[start++]!.count;
    if (sum >= DENSE_SHARE * total && end - start < best[1] - best[0]) best = [start, end];
  }
  const [first, last] = best;
  if ((last - first + 1) * 2 > counts.length) return { shown: counts, outside: [] };
  return { shown: counts.slice(first, last + 1), outside: [...counts.slice(0, first), ...counts.slice(last + 1)].filter((c) => c.count > 0) };
}

/** "وخارج هذا المدى ٤ مقالات: في ٢٠١٢ (١)، ٢٠١٦ (٣)", each year linked to its page. */
function outsideNote(outside: readonly MonthCount[], digits: Digits, yearUrl: TimelineOptions["yearUrl"]): string {
  const byYear = new Map<string, number>();
  for (const { month, count } of outside) byYear.set(month.slice(0, 4), (byYear.get(month.slice(0, 4)) ?? 0) + count);
  const total = outside.reduce((sum, c) => sum + c.count, 0);
  const years = [...byYear].map(([year, count]) => {
    const label = `${escapeXml(formatGregorian(year, digits))} (${formatNumber(count, digits)})`;
    const url = yearUrl?.(year);
    return url ? `<a href="${escapeXml(url)}">${label}</a>` : label;
  });
  return `وخارج هذا المدى ${escapeXml(formatArticleCount(total, digits))}: في ${years.join("، ")}.`;
}

/** "المؤرخة منها: ٣ مقالات من مارس ٢٠٢٣ إلى ديسمبر ٢٠٢٤، أكثرها في مايو ٢٠٢٤ (٢)", from the first month with articles to the last. */
function describe(all: readonly MonthCount[], digits: Digits): string {
  const month = (key: string) => formatGregorian(key, digits);
  const counts = all.slice(all.findIndex((c) => c.count > 0), all.findLastIndex((c) => c.count > 0) + 1);
  const total = formatArticleCount(counts.reduce((sum, c) => sum + c.count, 0), digits);
  if (counts.length === 1) return `المؤرخة منها: ${total} في ${month(counts[0]!.month)}`;
  const busiest = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return `المؤرخة منها: ${total} من ${month(counts[0]!.month)} إلى ${month(counts.at(-1)!.month)}، أكثرها في ${month(busiest.month)} (${formatNumber(busiest.count, digits)})`;
}

/** Every k-th month by name (January, and every k months after), under its bar. */
function monthLabels(counts: readonly MonthCount[], x: (i: number) => number, step: number, width: number, every: number, digits: Digits): string[] {
  return counts.flatMap(({ month }, i) => {
    if ((Number(month.slice(5, 7)) - 1) % every !== 0) return [];
    const name = formatGregorian(month, digits).replace(/\s*\S+$/, "");
    return [label(name, x(i) + step / 2, CHART_HEIGHT + ROW - 6, width, MONTH_LABEL_ROOM / 2, "month")];
  });
}

/** The year under its first month (January, or the first month shown), as long as labels do not crowd. */
function yearLabels(counts: readonly MonthCount[], x: (i: number) => number, step: number, width: number, y: number, digits: Digits): string[] {
  const labels: string[] = [];
  let lastLabelAt = Infinity;
  counts.forEach(({ month }, i) => {
    const at = x(i) + step / 2;
    if ((i === 0 || month.endsWith("-01")) && lastLabelAt - at >= MIN_YEAR_GAP) {
      labels.push(label(formatGregorian(month.slice(0, 4), digits), at, y, width, MIN_YEAR_GAP / 2, "year"));
      lastLabelAt = at;
    }
  });
  return labels;
}

/** A label centred under `at`, moved inwards where it would cross the picture's edge. */
function label(text: string, at: number, y: number, width: number, halfWidth: number, className?: string): string {
  const centre = Math.min(Math.max(at, halfWidth), width - halfWidth);
  return `<text${className ? ` class="${className}"` : ""} x="${round(centre)}" y="${y}" text-anchor="middle">${escapeXml(text)}</text>`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
