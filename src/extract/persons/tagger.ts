import type { PhraseContext } from "../officials/context.ts";
import type { Span } from "../state.ts";
import { TokenClasses, transitionFeatures, wordFeatures, type RuleMarks } from "./features.ts";

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

export interface PersonModel {
  /** Feature → its row in `weights`. */
  rows: Map<string, number>;
  weights: Float64Array;
}

export function compilePersonModel(file: PersonModelFile): PersonModel {
  if (file.tags?.join() !== TAGS.join()) throw new Error(`the model's tags are ${file.tags?.join(", ")}, not ${TAGS.join(", ")}`);
  if (!Array.isArray(file.features) || !Array.isArray(file.weights) || file.weights.length !== file.features.length * TAGS.length) {
    throw new Error("it needs one weight per tag for each of its features");
  }
  const weights = Float64Array.from(file.weights);
  if (weights.some((weight) => !Number.isFinite(weight))) throw new Error("a weight is not a number");
  const rows = new Map<string, number>();
  file.features.forEach((feature, row) => rows.set(String(feature), row));
  return { rows, weights };
}

/** Adds the weights of the features to scores (one per tag). */
export function addScores(model: PersonModel, features: readonly string[], scores: Float64Array): void {
  for (const feature of features) {
    const row = model.rows.get(feature);
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
        base = new Float64Array(3);
        addScores(this.model, wordFeatures(this.ctx, this.classes, i), base);
        this.wordScores.set(i, base);
      }
      scores = Float64Array.from(base);
      addScores(this.model, transitionFeatures(this.ctx, this.classes, i, previous), scores);
      this.scores.set(key, scores);
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

const LONGEST_NAME = 8;

function nameEnd(tags: readonly Tag[], from: number, start: number): number {
  let end = start + 1;
  while (tags[end - from] === "I") end++;
  return end;
}
