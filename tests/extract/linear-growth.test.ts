import { describe, expect, it } from "vitest";
import { extractRecord } from "../../src/extract/index.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { denseArticle, manyOfficialsArticle, readAlsoPage } from "./dense-article.ts";
import { knowledge } from "./helpers.ts";

/** Seconds to ingest and extract a file, the fastest of a few runs (the machine is shared). */
function secondsToRead(file: string, text: string, runs = 2): number {
  const bytes = Buffer.from(text);
  let fastest = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const { draft } = ingestFile(file, bytes);
    if (draft) extractRecord(draft, knowledge());
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest / 1000;
}

/** Four times the text may take up to twice four times as long (noise, memory), not sixteen. */
const MOST_GROWTH = 8;

describe("reading time grows with the length of an article, not with its square", () => {
  // Sizes at which a scan over pairs of mentions would show, yet the whole file stays within seconds.
  it.each([
    ["dense in titles, names and countries", denseArticle, 200_000],
    ["naming another official in every sentence", manyOfficialsArticle, 100_000],
    ["with lists of other stories' headlines between its paragraphs", readAlsoPage, 50_000],
  ])("an article %s four times as long takes at most about four times as long", (_, article, bytes) => {
    secondsToRead("warm-up.txt", article(bytes / 4), 1);
    const once = secondsToRead("article.txt", article(bytes));
    const four = secondsToRead("article.txt", article(4 * bytes));
    expect(four / once, `${once.toFixed(3)} s, then ${four.toFixed(3)} s`).toBeLessThan(MOST_GROWTH);
  });
});
