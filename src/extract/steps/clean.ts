import { cliticReadings, isDefiniteAsWritten, tokenize } from "../../text/normalize.ts";
import { wordFacts } from "../lexicon.ts";
import type { ArticleToken, ExtractState } from "../state.ts";

/** A cheap test on the folded word before the exact one on the text as written. */
const MAY_HAVE_ARTICLE = /^[وفبكل]{0,2}ال/;

/** A token between segments, so that no phrase runs from the title into the first paragraph. */
const SEGMENT_BREAK = "¶";

/**
 * Step "clean": the title and paragraphs as one stream of tokens in matching form. The
 * dateline's place, which ingest lifts out of the story ("الكويت - «الراي»"), is read as the
 * start of the lede, where the page printed it.
 */
export function clean(state: ExtractState): void {
  const [lede = "", ...rest] = state.draft.paragraphs;
  const segments = [state.draft.title, state.draft.place ? `${state.draft.place}: ${lede}` : lede, ...rest];
  segments.forEach((segmentText, segment) => {
    if (segment > 0) state.tokens.push(segmentBreak(segment));
    for (const { text, folded, kind, start, end } of tokenize(segmentText)) {
      const facts = wordFacts(folded, kind === "word" ? cliticReadings(folded) : [folded]);
      const definite = kind === "word" && MAY_HAVE_ARTICLE.test(folded) && isDefiniteAsWritten(text);
      state.tokens.push({ text, folded, kind, start, end, segment, readings: facts.readings, facts, definite });
    }
  });
}

function segmentBreak(segment: number): ArticleToken {
  return { text: "\n", folded: SEGMENT_BREAK, kind: "punct", start: 0, end: 0, segment, readings: [SEGMENT_BREAK], definite: false };
}
