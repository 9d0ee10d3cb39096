import type { PhraseContext } from "../officials/context.ts";
import type { Span } from "../state.ts";
import { LONGEST_NAME } from "../officials/read-name.ts";
import { TokenClasses, TRANSITION_TEMPLATES, WORD_ALONE, WORD_TEMPLATES, type RuleMarks, type Template } from "./features.ts";

/** Outside a name, its first word, a word inside it. */
export const TAGS = ["O", "B", "I"] as const;
export type Tag = (typeof TAGS)[number];

/**
 * data/person-tagger.json: an averaged perceptron's weights, made by training/persons/train.ts:
 * the features, and for the n-th feature its weight per tag at weights[3n], [3n+1], [3n+2].
 */
export interface PersonModelFile {
  tags: readonly string[];
  features: readonly string[];
  weights: readonly number[];
}

/** The weights, by feature kind then value: lookups of words the article already holds. */
export interface PersonModel {
  /** Per word template (in WORD_TEMPLATES' order): value → row in `weights`. */
  word: ReadonlyMap<string, number>[];
  /** Per previous tag, per transition template: value → row. */
  transition: ReadonlyMap<string, number>[][];
  weights: Float64Array;
  /** The summed weights of a word's WORD_ALONE features, by word: remembered across articles. */
  wordAlone: Map<string, Float64Array>;
}

/** Words whose own weights are remembered at most: enough for an archive's vocabulary in use. */
const WORDS_REMEMBERED = 200_000;
const ALONE = WORD_TEMPLATES.flatMap(([name], k) => (WORD_ALONE.has(name) ? [k] : []));
const IN_CONTEXT = WORD_TEMPLATES.flatMap(([name], k) => (WORD_ALONE.has(name) ? [] : [k]));
const EVERY_TRANSITION = TRANSITION_TEMPLATES.map((_, k) => k);

export function compilePersonModel(file: PersonModelFile): PersonModel {
  if (file.tags?.join() !== TAGS.join()) throw new Error(`the model's tags are ${file.tags?.join(", ")}, not ${TAGS.join(", ")}`);
  if (!Array.isArray(file.features) || !Array.isArray(file.weights) || file.weights.length !== file.features.length * TAGS.length) {
    throw new Error("it needs one weight per tag for each of its features");
  }
  const weights = Float64Array.from(file.weights);
  if (weights.some((weight) => !Number.isFinite(weight))) throw new Error("a weight is not a number");
  const tables = new Map<string, Map<string, number>>();
  file.features.forEach((feature, row) => {
    const text = String(feature);
    const at = text.indexOf("=");
    const name = text.slice(0, at);
    const table = tables.get(name) ?? new Map<string, number>();
    table.set(text.slice(at + 1), row);
    tables.set(name, table);
  });
  const tableOf = (name: string) => tables.get(name) ?? new Map<string, number>();
  return {
    word: WORD_TEMPLATES.map(([name]) => tableOf(name)),
    transition: TAGS.map((tag) => TRANSITION_TEMPLATES.map(([name]) => tableOf(name + tag))),
    weights,
    wordAlone: new Map(),
  };
}

const WORD_FEATURE = WORD_TEMPLATES.findIndex(([name]) => name === "w");

/**
 * How much more the model takes a word (in matching form), on its own, for no part of a name
 * than for a part of one: its weight for O against the likelier of B and I. Undefined for a
 * word it never saw.
 */
function leansAwayFromNames(model: PersonModel, folded: string): number | undefined {
  const row = model.word[WORD_FEATURE]!.get(folded);
  if (row === undefined) return undefined;
  const at = row * TAGS.length;
  return model.weights[at]! - Math.max(model.weights[at + 1]!, model.weights[at + 2]!);
}

/** How far the model must lean away from names for a word at a name's edge to be one too many. */
const WORD_TOO_MANY = 1;

/** "شينزو آبي التعبير", "جمال عبد الناصر يأمر": a word the model, on its own, takes for no part of a name. */
export function isWordTooMany(model: PersonModel, folded: string): boolean {
  return (leansAwayFromNames(model, folded) ?? 0) >= WORD_TOO_MANY;
}

/** Adds to scores (one per tag) the weights of a token's features of the given kinds. */
function weigh(model: PersonModel, tables: readonly ReadonlyMap<string, number>[], templates: readonly Template[], kinds: readonly number[], classes: TokenClasses, ctx: PhraseContext, i: number, scores: Float64Array): void {
  for (const k of kinds) {
    const row = tables[k]!.get(templates[k]![1](ctx, classes, i));
    if (row === undefined) continue;
    const at = row * 3;
    scores[0]! += model.weights[at]!;
    scores[1]! += model.weights[at + 1]!;
    scores[2]! += model.weights[at + 2]!;
  }
}

/** The best tag's index; I only after B or I. */
export function bestIndex(scores: ArrayLike<number>, previous: Tag): number {
  let best = 0;
  for (let t = 1; t < 3; t++) if ((t !== 2 || previous !== "O") && scores[t]! > scores[best]!) best = t;
  return best;
}

/**
 * Tags an article's tokens where asked, left to right, each window from a neutral start. A
 * token's word features are weighed once, and its scores after each tag are remembered, so
 * that windows which overlap cost no more than one pass.
 */
export class PersonTagger {
  private readonly classes: TokenClasses;
  private readonly wordScores = new Map<number, Float64Array>();
  private readonly scores = new Map<number, Float64Array>();

  constructor(private readonly ctx: PhraseContext, private readonly model: PersonModel, marks?: RuleMarks) {
    this.classes = new TokenClasses(ctx, marks);
  }

  /** The tags of tokens from..to (to excluded). */
  tag(from: number, to: number): Tag[] {
    const tags: Tag[] = [];
    let previous: Tag = "O";
    for (let i = Math.max(0, from); i < Math.min(to, this.ctx.state.tokens.length); i++) {
      previous = TAGS[bestIndex(this.scoresAt(i, previous), previous)]!;
      tags.push(previous);
    }
    return tags;
  }

  private scoresAt(i: number, previous: Tag): Float64Array {
    const key = i * 3 + TAGS.indexOf(previous);
    let scores = this.scores.get(key);
    if (!scores) {
      let base = this.wordScores.get(i);
      if (!base) {
        base = Float64Array.from(this.wordAloneAt(i));
        weigh(this.model, this.model.word, WORD_TEMPLATES, IN_CONTEXT, this.classes, this.ctx, i, base);
        this.wordScores.set(i, base);
      }
      scores = Float64Array.from(base);
      weigh(this.model, this.model.transition[TAGS.indexOf(previous)]!, TRANSITION_TEMPLATES, EVERY_TRANSITION, this.classes, this.ctx, i, scores);
      this.scores.set(key, scores);
    }
    return scores;
  }

  /** The weights of the token's word on its own, the same in every article. */
  private wordAloneAt(i: number): Float64Array {
    const { wordAlone } = this.model;
    const folded = this.ctx.state.tokens[i]!.folded;
    let scores = wordAlone.get(folded);
    if (!scores) {
      if (wordAlone.size >= WORDS_REMEMBERED) wordAlone.clear();
      scores = new Float64Array(3);
      weigh(this.model, this.model.word, WORD_TEMPLATES, ALONE, this.classes, this.ctx, i, scores);
      wordAlone.set(folded, scores);
    }
    return scores;
  }

  /** How sure the tagger is that no name begins at `start` (≤ 0: it reads one). */
  doubtAt(start: number, context = 3): number {
    const from = Math.max(0, start - context);
    const tags = this.tag(from, start);
    const previous = tags.at(-1) ?? "O";
    const scores = this.scoresAt(start, previous);
    return scores[0]! - Math.max(scores[1]!, previous === "O" ? scores[1]! : scores[2]!);
  }

  /**
   * The person's name the tagger reads at `start`, tagging from `context` tokens before it:
   * the span from `start` to the end of its run of name tags, or undefined when the tagger
   * reads no name beginning (or going on) there.
   */
  nameAt(start: number, reach: number, context = 3): Span | undefined {
    const from = Math.max(0, start - context);
    const tags = this.tag(from, start + reach);
    if (tags[start - from] === "O" || tags[start - from] === undefined) return undefined;
    return { start, end: nameEnd(tags, from, start) };
  }

  /**
   * The name from `span` on to `limit` while the tagger barely prefers "outside a name" for
   * the next word (by less than `doubt`): the rules then know better where the name ends.
   */
  extendWhileUnsure(span: Span, limit: number, doubt: number): Span {
    let end = span.end;
    while (end < limit) {
      const scores = this.scoresAt(end, "I");
      if (scores[0]! - scores[2]! >= doubt) break;
      end++;
    }
    return { start: span.start, end };
  }

  /** The first name the tagger reads from `start` on, before `stops` says the phrase has ended. */
  firstNameFrom(start: number, reach: number, stops: (i: number) => boolean, context = 3): Span | undefined {
    const from = Math.max(0, start - context);
    const tags = this.tag(from, start + reach + LONGEST_NAME);
    for (let i = start; i < start + reach && tags[i - from] !== undefined; i++) {
      if (tags[i - from] === "B") return { start: i, end: nameEnd(tags, from, i) };
      if (stops(i)) return undefined;
    }
    return undefined;
  }
}

function nameEnd(tags: readonly Tag[], from: number, start: number): number {
  let end = start + 1;
  while (tags[end - from] === "I") end++;
  return end;
}
