import { isDefiniteFirstName, isStopWord } from "../officials/read-name.ts";
import type { PhraseContext } from "../officials/context.ts";
import type { ArticleToken } from "../state.ts";
import type { GivenNameKnowledge } from "./given-names.ts";

/** A feature kind: its name, and its value at a token. */
export type Template = readonly [name: string, value: (ctx: PhraseContext, classes: TokenClasses, i: number) => string];

const word = (ctx: PhraseContext, i: number) => ctx.state.tokens[i]?.folded;
const stem = (ctx: PhraseContext, i: number) => {
  const readings = ctx.state.tokens[i]!.readings;
  return readings[readings.length - 1]!;
};

/**
 * What the person tagger sees of a token: the word, its clitic-free reading, its first and
 * last letters, its class (what the knowledge files say it is), the rules' reading of a name,
 * and the same of the words around it. These do not depend on the tag before: weighed once.
 */
export const WORD_TEMPLATES: readonly Template[] = [
  ["b", () => ""],
  ["r", (_, c, i) => c.ruleMark(i)],
  ["rc", (_, c, i) => c.ruleMark(i) + c.at(i)],
  ["rr+1", (_, c, i) => c.ruleMark(i) + c.ruleMark(i + 1)],
  ["rc-1", (_, c, i) => c.ruleMark(i) + c.at(i - 1)],
  ["w", (ctx, _, i) => word(ctx, i)!],
  ["s", (ctx, _, i) => stem(ctx, i)],
  ["p", (ctx, _, i) => stem(ctx, i).slice(0, 2)],
  ["x", (ctx, _, i) => stem(ctx, i).slice(-2)],
  ["x3", (ctx, _, i) => stem(ctx, i).slice(-3)],
  ["c", (_, c, i) => c.at(i)],
  ["c-1", (_, c, i) => c.at(i - 1)],
  ["c+1", (_, c, i) => c.at(i + 1)],
  ["c-2c-1", (_, c, i) => c.at(i - 2) + c.at(i - 1)],
  ["c-1c", (_, c, i) => c.at(i - 1) + c.at(i)],
  ["cc+1", (_, c, i) => c.at(i) + c.at(i + 1)],
  ["c+1c+2", (_, c, i) => c.at(i + 1) + c.at(i + 2)],
  ["w-1", (ctx, _, i) => word(ctx, i - 1) ?? "^"],
  ["w+1", (ctx, _, i) => word(ctx, i + 1) ?? "$"],
  ["w-2", (ctx, _, i) => word(ctx, i - 2) ?? "^"],
  ["w+2", (ctx, _, i) => word(ctx, i + 2) ?? "$"],
  ["w-1w", (ctx, _, i) => `${word(ctx, i - 1) ?? "^"}|${word(ctx, i)}`],
  ["c-2", (_, c, i) => c.at(i - 2)],
  ["c+2", (_, c, i) => c.at(i + 2)],
  ["c-1c+1", (_, c, i) => c.at(i - 1) + c.at(i + 1)],
  ["r+1", (_, c, i) => c.ruleMark(i + 1)],
  ["rc+1", (_, c, i) => c.ruleMark(i) + c.at(i + 1)],
];

/** The kinds of WORD_TEMPLATES that depend on the word alone: weighed once per word, for every article. */
export const WORD_ALONE = new Set(["w", "s", "p", "x", "x3"]);

/** Weighed with the tag before, whose letter ends the feature's name (twO, twB, twI). */
export const TRANSITION_TEMPLATES: readonly Template[] = [
  ["t", () => ""],
  ["tr", (_, c, i) => c.ruleMark(i)],
  ["tc", (_, c, i) => c.at(i)],
  ["tw", (ctx, _, i) => word(ctx, i)!],
  ["ts", (ctx, _, i) => stem(ctx, i)],
  ["tc+1", (_, c, i) => c.at(i) + c.at(i + 1)],
];

/** The token's features as strings ("w=وزير", "twB=محمد"): what training counts. */
export function tokenFeatures(ctx: PhraseContext, classes: TokenClasses, i: number, previousTag: string): string[] {
  return [
    ...WORD_TEMPLATES.map(([name, value]) => `${name}=${value(ctx, classes, i)}`),
    ...TRANSITION_TEMPLATES.map(([name, value]) => `${name}${previousTag}=${value(ctx, classes, i)}`),
  ];
}

/**
 * Where the title-phrase rules read a name: its first token (S) and the others (I). The tagger
 * weighs the rules' reading with everything else, and learns where it goes wrong.
 */
export type RuleMarks = ReadonlyMap<number, "S" | "I">;

/**
 * The rules' marks, and E on a word they did not mark that they marked elsewhere in the article
 * ("لافروف" after "سيرغي لافروف"): a name is often named again, alone or in another order.
 */
export function withEchoes(ctx: PhraseContext, marks: RuleMarks): ReadonlyMap<number, "S" | "I" | "E"> {
  if (marks.size === 0) return marks;
  const { tokens, knowledge } = ctx.state;
  const marked = new Set<string>();
  for (const i of marks.keys()) {
    const token = tokens[i];
    if (token?.kind === "word") marked.add(stem(ctx, i));
  }
  const all = new Map<number, "S" | "I" | "E">(marks);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || all.has(i)) continue;
    const word = stem(ctx, i);
    if (word.length >= 3 && marked.has(word) && !knowledge.names.connectors.has(word)) all.set(i, "E");
  }
  return all;
}

/** The class of each token of one article, worked out when first asked, and the rules' marks. */
export class TokenClasses {
  private readonly known = new Map<number, string>();

  private readonly marks: ReadonlyMap<number, string>;

  constructor(private readonly ctx: PhraseContext, marks: RuleMarks = new Map()) {
    this.marks = withEchoes(ctx, marks);
  }

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
 * a country's name (Y) or people (D), an honorific (H), the start of a role (R), a connector
 * in names (K: بن، أبو، عبد), a given name (G: جون، فيديريكا; given-names.yaml), a word of an
 * office (O), a stop word or verb (S), a given name that is also a common word (M: أمل، سلام),
 * another word with the article (A) or without (W); outside the text, ^ and $.
 */
export function tokenClass(ctx: PhraseContext, i: number): string {
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
  // as the word is written (not behind a clitic); a given name before office and stop words, a
  // given name that is also a common word after them: chosen by cross-validation and the tests
  const given = token.definite && !isDefiniteFirstName(ctx, token.folded) ? undefined : givenNameClass(knowledge.givenNames, token.folded);
  if (given === "G") return given;
  if (roles.vocabulary.hasReading(token)) return "O";
  if (isStopWord(names, token as ArticleToken)) return "S";
  return given ?? (token.definite ? "A" : "W");
}

/** G for a given name, M for one that is also a common word (given-names.yaml), as the word is written. */
function givenNameClass(given: GivenNameKnowledge, folded: string): "G" | "M" | undefined {
  if (given.names.has(folded)) return "G";
  return given.alsoWords.has(folded) ? "M" : undefined;
}
