import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, extractGoldSet, scores, type Evaluation } from "../../bench/evaluate-extraction.ts";
import { knowledge } from "./helpers.ts";

/**
 * The gold set (tests/fixtures/extraction): articles in the styles of many outlets, each with
 * what an editor signed off. These are the floors; `npm run eval:extract` prints the
 * figures and every miss.
 */
let result: Evaluation;

beforeAll(() => {
  result = evaluate(extractGoldSet(knowledge()));
});

describe("extraction on the gold set", () => {
  it("has at least 24 articles", () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(24);
  });

  it("finds countries with F1 of at least 0.95", () => {
    expect(scores(result.countries).f1).toBeGreaterThanOrEqual(0.95);
  });

  it("finds officials with F1 of at least 0.80", () => {
    expect(scores(result.officials).f1).toBeGreaterThanOrEqual(0.8);
  });

  it("recalls at least 80% of the explicit dates", () => {
    expect(result.dates.found / result.dates.total).toBeGreaterThanOrEqual(0.8);
  });
});
