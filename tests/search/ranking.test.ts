import { describe, expect, it } from "vitest";
import { isPhrase, pageAge, rankPages, type WordHit } from "../../src/search/ranking.ts";

const hit = (score: number, locations: number[], inHeadline = false): WordHit => ({ score, locations, inHeadline });
const word = (hits: Record<string, WordHit>) => new Map(Object.entries(hits));

describe("the order of results", () => {
  it("holds only the pages that have every word", () => {
    expect(rankPages([word({ "f/0": hit(1, [0]), "f/1": hit(1, [0]) }), word({ "f/1": hit(1, [3]) })], "relevance")).toEqual(["f/1"]);
  });

  it("puts the pages with the words in their headline first, then the words in order, then the better score", () => {
    const first = word({ "f/0": hit(30, [40]), "f/1": hit(10, [0], true), "f/2": hit(10, [9]), "f/3": hit(10, [20]) });
    const second = word({ "f/0": hit(30, [90]), "f/1": hit(10, [1], true), "f/2": hit(10, [50]), "f/3": hit(10, [21]) });
    expect(rankPages([first, second], "relevance")).toEqual(["f/1", "f/3", "f/0", "f/2"]);
  });

  it("puts the newer page first among equals, and sorts by date when asked", () => {
    const only = word({ "f/a": hit(10, [5]), "f/2": hit(10.2, [5]), "f/1": hit(25, [5]) });
    expect(rankPages([only], "relevance")).toEqual(["f/1", "f/2", "f/a"]);
    expect(rankPages([only], "date")).toEqual(["f/1", "f/2", "f/a"].sort((a, b) => pageAge(a) - pageAge(b)));
  });
});

describe("a phrase", () => {
  it("is the words in the order asked, close together", () => {
    expect(isPhrase([hit(1, [3, 30]), hit(1, [31])])).toBe(true);
    expect(isPhrase([hit(1, [31]), hit(1, [3])])).toBe(false);
    expect(isPhrase([hit(1, [3]), hit(1, [30])])).toBe(false);
  });
});
