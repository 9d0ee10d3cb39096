import type { PhraseContext } from "../officials/context.ts";
import type { Span } from "../state.ts";
import { TokenClasses, tokenFeatures } from "./features.ts";

/** Outside a name, its first word, a word inside it. */
export const TAGS = ["O", "B", "I"] as const;
export type Tag = (typeof TAGS)[number];

/** data/person-tagger.json: an averaged perceptron's weights, per feature one per tag. */
export interface PersonModelFile {
  tags: readonly string[];
  weights: Record<string, readonly number[]>;
}

export interface PersonModel {
  weights: Map<string, readonly number[]>;
}

export function compilePersonModel(file: PersonModelFile): PersonModel {
  if (file.tags.join() !== TAGS.join()) throw new Error(`the model's tags are ${file.tags.join(", ")}, not ${TAGS.join(", ")}`);
  const weights = new Map<string, readonly number[]>();
  for (const [feature, values] of Object.entries(file.weights)) {
    if (values.length !== TAGS.length || values.some((value) => typeof value !== "number")) throw new Error(`feature ${feature} has no weight per tag`);
    weights.set(feature, values);
  }
  return { weights };
}

/** The tag the weights prefer; I only after B or I. */
export function bestTag(weights: Map<string, readonly number[]>, features: readonly string[], previous: Tag): Tag {
  const scores = [0, 0, 0];
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let t = 0; t < 3; t++) scores[t]! += w[t]!;
  }
  let best = 0;
  for (let t = 1; t < 3; t++) if ((t !== 2 || previous !== "O") && scores[t]! > scores[best]!) best = t;
  return TAGS[best]!;
}

/** Tags an article's tokens where asked, left to right, each window from a neutral start. */
export class PersonTagger {
  private readonly classes: TokenClasses;

  constructor(private readonly ctx: PhraseContext, private readonly model: PersonModel) {
    this.classes = new TokenClasses(ctx);
  }

  /** The tags of tokens from..to (to excluded). */
  tag(from: number, to: number): Tag[] {
    const tags: Tag[] = [];
    let previous: Tag = "O";
    for (let i = Math.max(0, from); i < Math.min(to, this.ctx.state.tokens.length); i++) {
      previous = bestTag(this.model.weights, tokenFeatures(this.ctx, this.classes, i, previous), previous);
      tags.push(previous);
    }
    return tags;
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
    let end = start + 1;
    while (tags[end - from] === "I") end++;
    return { start, end };
  }
}
