/**
 * Filters that cannot stop the site: a filter that throws on one page's value renders nothing
 * in that place and is reported, naming the article whose page it was, instead of stopping
 * Eleventy and with it every other page of the archive.
 */
import type { Archive } from "../archive/index.ts";
import type { Problem } from "../record.ts";
import { internalProblem } from "../record-values.ts";
import type { EleventyUserConfig } from "./eleventy-site.ts";
import { urls } from "./links.ts";

type Filter = (...args: any[]) => unknown;

/** What Eleventy binds a filter's `this` to while it renders a page. */
interface FilterContext {
  page?: { url?: string | false };
}

export function guardedFilters(config: EleventyUserConfig, archive: Archive, report: (problem: Problem) => void) {
  const fileOfPage = articleFilesByPage(archive);
  return (name: string, filter: Filter) =>
    config.addFilter(name, function (this: FilterContext | undefined, ...args: unknown[]) {
      try {
        return filter.apply(this, args);
      } catch (error) {
        const url = this?.page?.url || "(a page)";
        report(internalProblem(fileOfPage(url) ?? url, "render", error, `the filter "${name}" on ${url} was left empty`));
        return "";
      }
    });
}

function articleFilesByPage(archive: Archive): (url: string) => string | undefined {
  let byUrl: Map<string, string> | undefined;
  return (url) => {
    byUrl ??= new Map(archive.articles.map((article) => [urls.article(article), article.file]));
    return byUrl.get(url);
  };
}
