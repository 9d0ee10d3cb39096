/**
 * Trains the person tagger (src/extract/persons/) on the labelled articles of this folder and
 * writes data/person-tagger.json: an averaged perceptron over the features of
 * src/extract/persons/features.ts, decoding greedily left to right as the product does.
 * Prints the tagger's name-level precision, recall and F1 on the held-out articles.
 *
 *   npx tsx training/persons/train.ts [--epochs 8] [--dry-run]
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestFile } from "../../src/ingest/index.ts";
import { compileKnowledge, loadKnowledgeData, type Knowledge } from "../../src/extract/knowledge.ts";
import { createState } from "../../src/extract/state.ts";
import { clean } from "../../src/extract/steps/clean.ts";
import { countries } from "../../src/extract/steps/countries.ts";
import { phraseContext, type PhraseContext } from "../../src/extract/officials/context.ts";
import { ruleMarks, ruleReadings } from "../../src/extract/steps/officials.ts";
import { TokenClasses, tokenFeatures } from "../../src/extract/persons/features.ts";
import { bestIndex, TAGS, type Tag } from "../../src/extract/persons/tagger.ts";
import { foldArabic, scanTokens } from "../../src/text/normalize.ts";
import { asTextFile, loadLabelledSet, type LabelledArticle } from "./labelled-set.ts";

const MODEL_FILE = fileURLToPath(new URL("../../data/person-tagger.json", import.meta.url));

export interface Example {
  id: string;
  ctx: PhraseContext;
  classes: TokenClasses;
  gold: Tag[];
}

/** The article's tokens as extraction reads them, with the labelled persons as tags. */
export function exampleOf(article: LabelledArticle, knowledge: Knowledge): Example {
  const { draft } = ingestFile(`${article.id}.txt`, Buffer.from(asTextFile(article)));
  if (!draft) throw new Error(`${article.id}: no draft`);
  const state = createState(draft, knowledge);
  clean(state);
  countries(state);
  const ctx = phraseContext(state);
  const classes = new TokenClasses(ctx, ruleMarks(ruleReadings(ctx)));
  return { id: article.id, ctx, classes, gold: goldTags(ctx, article.persons) };
}

function foldedWords(text: string): string[] {
  const words: string[] = [];
  scanTokens(text, (token) => {
    const folded = foldArabic(token);
    if (folded) words.push(folded);
  });
  return words;
}

/** Every place a labelled name stands (its first word maybe behind a clitic), longest names first. */
export function goldTags(ctx: PhraseContext, persons: readonly string[]): Tag[] {
  const { tokens } = ctx.state;
  const tags: Tag[] = tokens.map(() => "O");
  const names = persons.map(foldedWords).filter((words) => words.length > 0).sort((a, b) => b.length - a.length);
  for (const words of names) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!tokens[i]!.readings.includes(words[0]!) && tokens[i]!.folded !== words[0]) continue;
      let k = 1;
      while (k < words.length && tokens[i + k]!.folded === words[k]) k++;
      if (k < words.length || tags.slice(i, i + k).some((tag) => tag !== "O")) continue;
      tags[i] = "B";
      for (let j = 1; j < k; j++) tags[i + j] = "I";
    }
  }
  return tags;
}

/** The tag the weights prefer, as the product's tagger decides it. */
function bestTag(weights: Map<string, readonly number[]>, features: readonly string[], previous: Tag): Tag {
  const scores = [0, 0, 0];
  for (const feature of features) {
    const w = weights.get(feature);
    if (w) for (let t = 0; t < 3; t++) scores[t]! += w[t]!;
  }
  return TAGS[bestIndex(scores, previous)]!;
}

/** Averaged perceptron (Collins 2002), with the lazy averaging of Honnibal's tagger. */
class Perceptron {
  readonly weights = new Map<string, number[]>();
  private readonly totals = new Map<string, number[]>();
  private readonly stamps = new Map<string, number[]>();
  private instances = 0;

  update(truth: Tag, guess: Tag, features: readonly string[]): void {
    this.instances++;
    if (truth === guess) return;
    for (const feature of features) {
      const w = this.weights.get(feature) ?? [0, 0, 0];
      const total = this.totals.get(feature) ?? [0, 0, 0];
      const stamp = this.stamps.get(feature) ?? [0, 0, 0];
      for (const [tag, delta] of [[truth, 1], [guess, -1]] as const) {
        const t = TAGS.indexOf(tag);
        total[t]! += (this.instances - stamp[t]!) * w[t]!;
        stamp[t] = this.instances;
        w[t]! += delta;
      }
      this.weights.set(feature, w);
      this.totals.set(feature, total);
      this.stamps.set(feature, stamp);
    }
  }

  averaged(): Map<string, number[]> {
    const averaged = new Map<string, number[]>();
    for (const [feature, w] of this.weights) {
      const total = this.totals.get(feature)!;
      const stamp = this.stamps.get(feature)!;
      const mean = w.map((value, t) => (total[t]! + (this.instances - stamp[t]!) * value) / this.instances);
      if (mean.some((value) => Math.abs(value) >= 0.0005)) averaged.set(feature, mean.map((value) => Math.round(value * 1000) / 1000));
    }
    return averaged;
  }
}

export function train(examples: Example[], epochs: number, quiet = false): Map<string, number[]> {
  const model = new Perceptron();
  let order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    let seen = 0;
    for (const index of order) {
      const { ctx, classes, gold } = examples[index]!;
      let previous: Tag = "O";
      for (let i = 0; i < gold.length; i++) {
        const features = tokenFeatures(ctx, classes, i, previous);
        const guess = bestTag(model.weights, features, previous);
        model.update(gold[i]!, guess, features);
        if (guess !== gold[i]) errors++;
        seen++;
        previous = guess;
      }
    }
    if (!quiet) console.log(`epoch ${epoch + 1}: ${errors} token errors of ${seen}`);
    order = shuffled(order, epoch + 1);
  }
  return model.averaged();
}

function shuffled(items: number[], seed: number): number[] {
  let state = seed * 2654435761;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function spans(tags: readonly Tag[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== "B") continue;
    let end = i + 1;
    while (tags[end] === "I") end++;
    found.add(`${i}-${end}`);
  }
  return found;
}

export function nameScores(examples: Example[], weights: Map<string, readonly number[]>): { precision: number; recall: number; f1: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const { ctx, classes, gold } of examples) {
    const guessed: Tag[] = [];
    let previous: Tag = "O";
    for (let i = 0; i < gold.length; i++) guessed.push((previous = bestTag(weights, tokenFeatures(ctx, classes, i, previous), previous)));
    const truth = spans(gold);
    for (const span of spans(guessed)) truth.has(span) ? tp++ : fp++;
    for (const span of truth) if (!spans(guessed).has(span)) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const epochsAt = process.argv.indexOf("--epochs");
  const epochs = epochsAt > 0 ? Number(process.argv[epochsAt + 1]) : 8;
  // the model being made is not the one the data folder holds
  const knowledge = compileKnowledge({ ...loadKnowledgeData(), personTagger: undefined });
  const articles = loadLabelledSet();
  const examples = articles.map((article) => exampleOf(article, knowledge));
  const trainSet = examples.filter((_, i) => !articles[i]!.heldOut);
  const heldOut = examples.filter((_, i) => articles[i]!.heldOut);
  console.log(`${trainSet.length} articles to train on, ${heldOut.length} held out`);
  const weights = train(trainSet, epochs);
  const pct = (n: number) => (100 * n).toFixed(1);
  const show = (label: string, s: { precision: number; recall: number; f1: number }) => console.log(`${label}: names P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`);
  show("training set", nameScores(trainSet, weights));
  show("held out", nameScores(heldOut, weights));
  if (!process.argv.includes("--dry-run")) {
    const features = [...weights.keys()].sort();
    const file = { tags: TAGS, features, weights: features.flatMap((feature) => weights.get(feature)!) };
    writeFileSync(MODEL_FILE, JSON.stringify(file) + "\n");
    console.log(`${features.length} features → ${MODEL_FILE}`);
  }
}
