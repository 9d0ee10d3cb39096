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
const CHART_HEIGHT = 100;
const LABEL_SPACE = 30;
const MIN_LABEL_GAP = 48;
const MAX_BAR_WIDTH = 40;

/**
 * A bar chart of articles per month, drawn at build time so it needs no script. Time runs
 * from right to left, as the page reads. The picture carries a summary for assistive
 * technology, and a visually hidden table gives every month with its count.
 */
export function timelineSvg(counts: readonly MonthCount[], { title, digits }: { title: string; digits: Digits }): string {
  if (counts.length === 0) return "";
  const step = WIDTH / counts.length;
  const barWidth = Math.min(step * 0.8, MAX_BAR_WIDTH);
  const highest = counts.reduce((most, c) => Math.max(most, c.count), 0);
  const x = (i: number) => WIDTH - (i + 1) * step;
  const number = (n: number) => formatNumber(n, digits);
  const month = (key: string) => formatGregorian(key, digits);

  const bars = counts.map(({ count }, i) => {
    if (count === 0) return "";
    const height = Math.max(2, (count / highest) * CHART_HEIGHT);
    return `<rect x="${round(x(i) + (step - barWidth) / 2)}" y="${round(CHART_HEIGHT - height)}" width="${round(barWidth)}" height="${round(height)}"/>`;
  });
  const summary = describe(counts, digits);
  const heading = `المقالات شهرًا بشهر: ${title}`;

  return [
    `<figure class="timeline">`,
    `<svg viewBox="0 0 ${WIDTH} ${CHART_HEIGHT + LABEL_SPACE}" role="img" aria-labelledby="timeline-title timeline-desc" focusable="false">`,
    `<title id="timeline-title">${escapeXml(heading)}</title>`,
    `<desc id="timeline-desc">${escapeXml(summary)}</desc>`,
    `<line class="axis" x1="0" y1="${CHART_HEIGHT}" x2="${WIDTH}" y2="${CHART_HEIGHT}"/>`,
    `<g class="bars">${bars.join("")}</g>`,
    `<g class="labels">${yearLabels(counts, x, step, digits).join("")}</g>`,
    `</svg>`,
    `<table class="visually-hidden"><caption>${escapeXml(heading)}</caption>`,
    `<thead><tr><th scope="col">الشهر</th><th scope="col">عدد المقالات</th></tr></thead><tbody>`,
    ...counts.filter((c) => c.count > 0).map((c) => `<tr><td>${escapeXml(month(c.month))}</td><td>${number(c.count)}</td></tr>`),
    `</tbody></table>`,
    `<figcaption>${escapeXml(summary)}</figcaption>`,
    `</figure>`,
  ].join("");
}

/** "المؤرخة منها: ٣ مقالات من مارس ٢٠٢٣ إلى ديسمبر ٢٠٢٤، أكثرها في مايو ٢٠٢٤ (٢)" */
function describe(counts: readonly MonthCount[], digits: Digits): string {
  const month = (key: string) => formatGregorian(key, digits);
  const total = formatArticleCount(counts.reduce((sum, c) => sum + c.count, 0), digits);
  if (counts.length === 1) return `المؤرخة منها: ${total} في ${month(counts[0]!.month)}`;
  const busiest = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return `المؤرخة منها: ${total} من ${month(counts[0]!.month)} إلى ${month(counts.at(-1)!.month)}، أكثرها في ${month(busiest.month)} (${formatNumber(busiest.count, digits)})`;
}

/** The year under its first month (January, or the first month shown), as long as labels do not crowd. */
function yearLabels(counts: readonly MonthCount[], x: (i: number) => number, step: number, digits: Digits): string[] {
  const labels: string[] = [];
  let lastLabelAt = Infinity;
  counts.forEach(({ month }, i) => {
    const at = x(i) + step / 2;
    if ((i === 0 || month.endsWith("-01")) && lastLabelAt - at >= MIN_LABEL_GAP) {
      const year = formatGregorian(month.slice(0, 4), digits);
      labels.push(`<text x="${round(at)}" y="${CHART_HEIGHT + LABEL_SPACE - 4}" text-anchor="middle">${year}</text>`);
      lastLabelAt = at;
    }
  });
  return labels;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
