import { describe, expect, it } from "vitest";
import { isPhrase, pageAge, rankPages, type WordHit } from "../../src/search/ranking.ts";

const hit = (score: number, locations: number[], inHeadline = false): WordHit => ({ score, locations, inHeadline });
const word = (hits: Record<string, WordHit>) => new Map(Object.entries(hits));

describe("the order of results", () => {
  it("holds only the pages that have every word", () => {
    expect(rankPages([word({ "0": hit(1, [0]), "1": hit(1, [0]) }), word({ "1": hit(1, [3]) })], "relevance")).toEqual(["1"]);
  });

  it("puts the pages with the words in their headline first, then the words in order, then the better score", () => {
    const first = word({ "0": hit(30, [40]), "1": hit(10, [0], true), "2": hit(10, [9]), "3": hit(10, [20]) });
    const second = word({ "0": hit(30, [90]), "1": hit(10, [1], true), "2": hit(10, [50]), "3": hit(10, [21]) });
    expect(rankPages([first, second], "relevance")).toEqual(["1", "3", "0", "2"]);
  });

  it("puts a headline holding the words as typed before one holding only a reading of them, the words in order still first", () => {
    const typed = (score: number, locations: number[]): WordHit => ({ ...hit(score, locations, true), typedInHeadline: true });
    const first = word({ "0": hit(30, [1], true), "1": typed(10, [1]), "2": hit(10, [1], true) });
    const second = word({ "0": hit(30, [9], true), "1": typed(10, [9]), "2": hit(10, [2], true) });
    expect(rankPages([first, second], "relevance")).toEqual(["2", "1", "0"]);
  });

  it("puts the newer page first among equals, and sorts by date when asked", () => {
    const only = word({ "a": hit(10, [5]), "2": hit(10.2, [5]), "1": hit(25, [5]) });
    expect(rankPages([only], "relevance")).toEqual(["1", "2", "a"]);
    expect(rankPages([only], "date")).toEqual(["1", "2", "a"].sort((a, b) => pageAge(a) - pageAge(b)));
  });
});

describe("a phrase", () => {
  it("is the words in the order asked, close together", () => {
    expect(isPhrase([hit(1, [3, 30]), hit(1, [31])])).toBe(true);
    expect(isPhrase([hit(1, [31]), hit(1, [3])])).toBe(false);
    expect(isPhrase([hit(1, [3]), hit(1, [30])])).toBe(false);
  });
});
