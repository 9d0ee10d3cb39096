import { cliticReadings, foldArabic, isDefiniteAsWritten, scanTokens, type TokenKind } from "../../text/normalize.ts";
import { wordFacts, type WordFacts } from "../lexicon.ts";
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
  const tokens = state.tokens;
  let segment = 0;
  const addToken = (text: string, kind: TokenKind, start: number, end: number) => {
    const form = formOf(text, kind);
    if (form) tokens.push({ text, folded: form.folded, kind, start, end, segment, readings: form.facts.readings, facts: form.facts, definite: form.definite });
  };
  for (; segment < segments.length; segment++) {
    if (segment > 0) tokens.push(segmentBreak(segment));
    scanTokens(segments[segment]!, addToken);
  }
}

/** What a token written one way gets in every story; a form that folds to nothing is no token (null). */
interface TokenForm {
  folded: string;
  facts: WordFacts;
  definite: boolean;
}

/** Written forms recur across an archive, so each is worked out once (its kind follows from its characters). */
const forms = new Map<string, TokenForm | null>();
const FORMS_LIMIT = 200_000;

function formOf(text: string, kind: TokenKind): TokenForm | null {
  let form = forms.get(text);
  if (form === undefined) {
    if (forms.size >= FORMS_LIMIT) forms.clear();
    const folded = foldArabic(text);
    form =
      folded === ""
        ? null
        : {
            folded,
            facts: wordFacts(folded, kind === "word" ? cliticReadings : onlyItself),
            definite: kind === "word" && MAY_HAVE_ARTICLE.test(folded) && isDefiniteAsWritten(text),
          };
    forms.set(text, form);
  }
  return form;
}

function onlyItself(folded: string): readonly string[] {
  return [folded];
}

/** Built with the same fields as the other tokens, so that the code reading tokens sees one shape. */
function segmentBreak(segment: number): ArticleToken {
  return { text: "\n", folded: SEGMENT_BREAK, kind: "punct", start: 0, end: 0, segment, readings: [SEGMENT_BREAK], facts: undefined, definite: false };
}
