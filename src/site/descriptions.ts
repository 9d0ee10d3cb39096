/**
 * The description of every page (meta description and previews): what the page lists, how
 * many, which years, and which page of the list it is, so that no two pages share one.
 */
import type { ArticleRecord } from "../record.ts";
import { formatArticleCount, formatGregorian, formatNumber, type Digits } from "./format.ts";
import type { EntryPage, ListPage } from "./pages.ts";

/** "٧٬٨٠٠ مقالة عن السعودية في الأرشيف، من ١٩٩٠ إلى ٢٠١٥. الصفحة ٣ من ١٥٦." */
export function entryDescription(page: EntryPage, digits: Digits): string {
  const count = formatArticleCount(page.total, digits);
  const what = {
    country: `${count} عن ${page.title} في الأرشيف`,
    topic: `${count} في موضوع «${page.title}» في الأرشيف`,
    official: `${count} تذكر ${page.title}${"role" in page.entry && page.entry.role ? ` (${page.entry.role})` : ""} في الأرشيف`,
    month: "articles" in page.entry ? `${count} من ${page.title} في الأرشيف` : `مقالات الأرشيف التي لا تاريخ لها: ${count}`,
    source: `${count} من ${page.title} في الأرشيف`,
  }[page.kind];
  const years = page.kind !== "month" && "articles" in page.entry ? yearSpan(page.entry.articles, digits) : "";
  return `${what}${years}.${pageOf(page, digits)}`;
}

/** "الدول في الأرشيف، وعددها ٢٠٥. الصفحة ٢ من ٥." */
export function listDescription(title: string, total: number, page: ListPage<unknown>, digits: Digits): string {
  return `${title} في الأرشيف، وعددها ${formatNumber(total, digits)}.${pageOf(page, digits)}`;
}

function pageOf({ pageNumber, pageCount }: ListPage<unknown>, digits: Digits): string {
  return pageCount > 1 ? ` الصفحة ${formatNumber(pageNumber, digits)} من ${formatNumber(pageCount, digits)}.` : "";
}

const spans = new WeakMap<readonly ArticleRecord[], string>();

/** "، من ٢٠١٢ إلى ٢٠١٨" or "، في ٢٠١٥", from the dated articles of a list (newest first, undated last). */
function yearSpan(articles: readonly ArticleRecord[], digits: Digits): string {
  let span = spans.get(articles);
  if (span === undefined) {
    const newest = articles[0]?.date?.slice(0, 4);
    const oldest = articles.findLast((a) => a.date)?.date?.slice(0, 4);
    const year = (y: string) => formatGregorian(y, digits);
    span = !newest || !oldest ? "" : newest === oldest ? `، في ${year(newest)}` : `، من ${year(oldest)} إلى ${year(newest)}`;
    spans.set(articles, span);
  }
  return span;
}
