import { describe, expect, it } from "vitest";
import { guardedFilters } from "../../src/site/guarded-filters.ts";
import type { EleventyUserConfig } from "../../src/site/eleventy-site.ts";
import type { Archive } from "../../src/archive/index.ts";
import type { Problem } from "../../src/record.ts";

type Filter = (this: unknown, ...args: unknown[]) => unknown;

function configCollectingFilters() {
  const filters = new Map<string, Filter>();
  const config = { addFilter: (name: string, filter: Filter) => filters.set(name, filter) } as unknown as EleventyUserConfig;
  return { config, filters };
}

const archive = { articles: [{ id: "kazakh-oil", file: "news/kazakh-oil.txt" }] } as unknown as Archive;

describe("template filters", () => {
  it("render nothing where they fail on one page, and report the article whose page it was", () => {
    const { config, filters } = configCollectingFilters();
    const problems: Problem[] = [];
    const add = guardedFilters(config, archive, (problem) => problems.push(problem));
    add("hijri", () => {
      throw new RangeError("Invalid time value");
    });
    const rendered = filters.get("hijri")!.call({ page: { url: "/articles/kazakh-oil/" } }, "2024-13-45");
    expect(rendered).toBe("");
    expect(problems).toEqual([
      expect.objectContaining({ file: "news/kazakh-oil.txt", internal: "render", message: expect.stringContaining('the filter "hijri" on /articles/kazakh-oil/ was left empty') }),
    ]);
  });

  it("pass through what a filter returns, with Eleventy's page as this", () => {
    const { config, filters } = configCollectingFilters();
    guardedFilters(config, archive, () => {})("pageUrl", function (this: { page: { url: string } }) {
      return this.page.url;
    });
    expect(filters.get("pageUrl")!.call({ page: { url: "/countries/cn/" } })).toBe("/countries/cn/");
  });
});
