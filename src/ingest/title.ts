/** Headlines: telling one from a story paragraph, and cutting one from a first sentence. */
import { matchKey } from "./match-key.ts";

const MAX_HEADLINE_WORDS = 25;
const MAX_HEADLINE_CHARS = 220;
/** A derived headline keeps at most this many words of the first sentence. */
export const MAX_DERIVED_WORDS = 15;
/** A clause that ends at a comma makes a headline when it has at least this many words. */
const MIN_CLAUSE_WORDS = 8;

/** A sentence ends here: ". " after a word of two letters or more ("د. محمد" goes on). */
const SENTENCE_END = /(?<=[\p{L}\p{N}\p{M}]{2}|[)»”"])[.!?؟]+(?=\s|$)/u;
/** Particles a cut headline must not end on (matching form). */
const DANGLING = new Set(
  [
    "و", "في", "من", "على", "الى", "إلى", "عن", "مع", "ان", "أن", "إن", "بأن", "لأن", "التي", "الذي", "الذين",
    "قد", "لقد", "ثم", "أو", "أم", "بين", "حول", "خلال", "بعد", "قبل", "عند", "منذ", "حتى", "لدى", "ضد", "نحو",
    "لا", "لم", "لن", "ما", "هنا", "يوم", "كما", "بل", "إلا", "كل", "أي", "عبر", "لدي",
  ].map(matchKey),
);

/** A line that reads as a headline: short, one sentence, not closed like a paragraph. */
export function readsAsHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE_CHARS || line.split(/\s+/, MAX_HEADLINE_WORDS + 1).length > MAX_HEADLINE_WORDS) return false;
  if (/[.،,:;؛]$/u.test(line)) return false;
  // ".." and "…" join a headline's two parts ("يقر القانون.. والوزير: لا زيادة"); they end no sentence.
  const end = SENTENCE_END.exec(line.replace(/\.{2,}|…/gu, (dots) => " ".repeat(dots.length)));
  return !end || end.index + end[0].length >= line.length;
}

/** Headline cut from the first sentence of a paragraph, at a word boundary. */
export function deriveTitle(paragraph: string): string {
  const end = SENTENCE_END.exec(paragraph);
  const sentence = end ? paragraph.slice(0, end.index) : paragraph;
  const words = sentence.trim().split(/\s+/, MAX_DERIVED_WORDS + 1);
  if (words.length <= MAX_DERIVED_WORDS) return trimPunctuation(words.join(" "));
  const cut = words.slice(0, clauseEnd(words));
  while (cut.length > 1 && DANGLING.has(matchKey(cut[cut.length - 1]!))) cut.pop();
  return trimPunctuation(cut.join(" "));
}

/** How many words to keep: up to the last comma within reach, or as many as a headline takes. */
function clauseEnd(words: string[]): number {
  for (let end = MAX_DERIVED_WORDS; end >= MIN_CLAUSE_WORDS; end--) {
    if (/[،,]$/u.test(words[end - 1]!)) return end;
  }
  return MAX_DERIVED_WORDS;
}

function trimPunctuation(text: string): string {
  return text.replace(/[\s،,:;؛\-–—]+$/u, "");
}
