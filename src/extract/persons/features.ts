import { isStopWord } from "../officials/read-name.ts";
import type { PhraseContext } from "../officials/context.ts";
import type { ArticleToken } from "../state.ts";

/**
 * What the person tagger sees of a token: the word, its clitic-free reading, its first and
 * last letters, its class (what the knowledge files say it is), and the same of the words
 * around it. Features are strings, named by their kind; the model weighs each per tag.
 */
export function tokenFeatures(ctx: PhraseContext, classes: TokenClasses, i: number, previousTag: string): string[] {
  return [...wordFeatures(ctx, classes, i), ...transitionFeatures(ctx, classes, i, previousTag)];
}

/** The features that do not depend on the tag before: weighed once per token. */
export function wordFeatures(ctx: PhraseContext, classes: TokenClasses, i: number): string[] {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const word = token.folded;
  const stem = token.readings[token.readings.length - 1]!;
  const [c2, c1, c0, n1, n2] = [classes.at(i - 2), classes.at(i - 1), classes.at(i), classes.at(i + 1), classes.at(i + 2)];
  const before = tokens[i - 1]?.folded ?? "^";
  const after = tokens[i + 1]?.folded ?? "$";
  const [r0, r1] = [classes.ruleMark(i), classes.ruleMark(i + 1)];
  return [
    "b",
    `r=${r0}`,
    `rc=${r0}${c0}`,
    `rr+1=${r0}${r1}`,
    `rc-1=${r0}${c1}`,
    `w=${word}`,
    `s=${stem}`,
    `p=${stem.slice(0, 2)}`,
    `x=${stem.slice(-2)}`,
    `x3=${stem.slice(-3)}`,
    `c=${c0}`,
    `c-1=${c1}`,
    `c+1=${n1}`,
    `c-2c-1=${c2}${c1}`,
    `c-1c=${c1}${c0}`,
    `cc+1=${c0}${n1}`,
    `c+1c+2=${n1}${n2}`,
    `w-1=${before}`,
    `w+1=${after}`,
    `w-2=${tokens[i - 2]?.folded ?? "^"}`,
    `w+2=${tokens[i + 2]?.folded ?? "$"}`,
    `w-1w=${before}|${word}`,
  ];
}

/** The features of the tag before, with the token's word and class. */
export function transitionFeatures(ctx: PhraseContext, classes: TokenClasses, i: number, previousTag: string): string[] {
  const token = ctx.state.tokens[i]!;
  const stem = token.readings[token.readings.length - 1]!;
  const c0 = classes.at(i);
  return [`tr=${previousTag}${classes.ruleMark(i)}`, `t=${previousTag}`, `tc=${previousTag}${c0}`, `tw=${previousTag}|${token.folded}`, `ts=${previousTag}|${stem}`, `tc+1=${previousTag}${c0}${classes.at(i + 1)}`];
}

/**
 * Where the title-phrase rules read a name: its first token (S) and the others (I). The tagger
 * weighs the rules' reading with everything else, and learns where it goes wrong.
 */
export type RuleMarks = ReadonlyMap<number, "S" | "I">;

/** The class of each token of one article, worked out when first asked, and the rules' marks. */
export class TokenClasses {
  private readonly known = new Map<number, string>();

  constructor(private readonly ctx: PhraseContext, private readonly marks: RuleMarks = new Map()) {}

  ruleMark(i: number): string {
    return this.marks.get(i) ?? "-";
  }

  at(i: number): string {
    let known = this.known.get(i);
    if (known === undefined) this.known.set(i, (known = tokenClass(this.ctx, i)));
    return known;
  }
}

/**
 * One letter for what a token is: punctuation (P), a number (N), the segment break (¶),
 * a country's name (Y) or people (D), an honorific (H), the start of a role (R), a word of
 * an office (O), a connector in names (K: بن، أبو، عبد), a stop word or verb (S), another
 * word with the article (A) or without (W); outside the text, ^ and $.
 */
function tokenClass(ctx: PhraseContext, i: number): string {
  const { tokens, knowledge } = ctx.state;
  if (i < 0) return "^";
  const token = tokens[i];
  if (!token) return "$";
  if (token.kind === "punct") return token.folded === "¶" ? "¶" : "P";
  if (token.kind === "number") return "N";
  const mention = ctx.mentionAt.get(i);
  if (mention) return mention.demonym ? "D" : "Y";
  const { roles, names } = knowledge;
  if (roles.honorifics.matchAt(tokens, i)) return "H";
  if (roles.lexicon.matchAt(tokens, i)) return "R";
  if (names.connectors.has(token.folded) || names.lineage.has(token.folded)) return "K";
  if (roles.vocabulary.hasReading(token)) return "O";
  if (isStopWord(names, token as ArticleToken)) return "S";
  return token.definite ? "A" : "W";
}
