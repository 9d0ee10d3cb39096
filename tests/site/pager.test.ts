import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockSize, pagerLinks, pageUrl } from "../../src/site/pager.ts";

/** The page numbers a page links to. */
function linked(page: number, pageCount: number): Set<number> {
  const { first, previous, next, last, numbers, blocks } = pagerLinks("/countries/sa/", page, pageCount);
  return new Set([first, previous, next, last, ...numbers].flatMap((l) => (l ? [l.number] : [])).concat(blocks.map((b) => b.first)));
}

describe("numbered pagination", () => {
  it("lists every page of a short list", () => {
    const { numbers, blocks, first, next } = pagerLinks("/topics/x/", 1, 7);
    expect(numbers.map((n) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(numbers[0]!.current).toBe(true);
    expect(blocks).toEqual([]);
    expect(first).toBeUndefined();
    expect(next!.url).toBe("/topics/x/page/2/");
  });

  it("shows a long list's page 100 with first, last, its block and a jump to every block", () => {
    const pager = pagerLinks("/countries/sa/", 100, 218);
    expect(pager.first!.url).toBe("/countries/sa/");
    expect(pager.last!.url).toBe("/countries/sa/page/218/");
    expect(pager.previous!.number).toBe(99);
    expect(pager.numbers.map((n) => n.number)).toEqual(Array.from({ length: 20 }, (_, i) => 81 + i));
    expect(pager.blocks.map((b) => [b.first, b.last])).toContainEqual([201, 218]);
    expect(pager.blocks.filter((b) => b.current).map((b) => b.first)).toEqual([81]);
  });

  it("reaches any page of any list from any page in two clicks", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), (pageCount, a, b) => {
      const [from, to] = [(a % pageCount) + 1, (b % pageCount) + 1];
      const once = linked(from, pageCount);
      expect(from === to || once.has(to) || [...once].some((page) => linked(page, pageCount).has(to))).toBe(true);
    }), { numRuns: 300 });
  });

  it("keeps the links of a page few: no more blocks than pages in a block", () => {
    for (const pageCount of [13, 100, 218, 354, 2500, 2501, 40_000]) {
      const size = blockSize(pageCount);
      expect(Math.ceil(pageCount / size)).toBeLessThanOrEqual(size);
      expect(size).toBeLessThanOrEqual(Math.max(10, 2 * Math.sqrt(pageCount) + 10));
    }
  });

  it("puts page n at /page/n/ and the first page at the list's own address", () => {
    expect(pageUrl("/officials/", 1)).toBe("/officials/");
    expect(pageUrl("/officials/", 3)).toBe("/officials/page/3/");
  });
});
