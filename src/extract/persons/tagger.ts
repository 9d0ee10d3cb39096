import type { PhraseContext } from "../officials/context.ts";
import type { Span } from "../state.ts";
import { LONGEST_NAME } from "../officials/read-name.ts";
import { TokenClasses, tokenClass, TRANSITION_TEMPLATES, withEchoes, WORD_ALONE, WORD_TEMPLATES, type RuleMarks, type Template } from "./features.ts";
import type { GivenNameKnowledge } from "./given-names.ts";

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

/**
 * How the tagger finds a feature's weights without making its name: the value of a feature
 * kind (features.ts) is a constant, a few one-letter classes of tokens near it (the rules' mark
 * M, the token's class C, at an offset), a neighbour's word, the token's own word, or the word
 * before with the word itself. Each kind's values are indexed by what they are made of: the
 * letters by number, the words once per word and remembered across articles.
 */
type Spec =
  | { kind: "constant" }
  | { kind: "letters"; parts: readonly (readonly ["M" | "C", number])[] }
  | { kind: "alone" }
  | { kind: "neighbour"; offset: number }
  | { kind: "own" }
  | { kind: "pair" };

const SPECS: Record<string, Spec> = {
  b: { kind: "constant" },
  r: { kind: "letters", parts: [["M", 0]] },
  rc: { kind: "letters", parts: [["M", 0], ["C", 0]] },
  "rr+1": { kind: "letters", parts: [["M", 0], ["M", 1]] },
  "rc-1": { kind: "letters", parts: [["M", 0], ["C", -1]] },
  w: { kind: "alone" },
  s: { kind: "alone" },
  p: { kind: "alone" },
  x: { kind: "alone" },
  x3: { kind: "alone" },
  c: { kind: "letters", parts: [["C", 0]] },
  "c-1": { kind: "letters", parts: [["C", -1]] },
  "c+1": { kind: "letters", parts: [["C", 1]] },
  "c-2c-1": { kind: "letters", parts: [["C", -2], ["C", -1]] },
  "c-1c": { kind: "letters", parts: [["C", -1], ["C", 0]] },
  "cc+1": { kind: "letters", parts: [["C", 0], ["C", 1]] },
  "c+1c+2": { kind: "letters", parts: [["C", 1], ["C", 2]] },
  "w-1": { kind: "neighbour", offset: -1 },
  "w+1": { kind: "neighbour", offset: 1 },
  "w-2": { kind: "neighbour", offset: -2 },
  "w+2": { kind: "neighbour", offset: 2 },
  "w-1w": { kind: "pair" },
  "c-2": { kind: "letters", parts: [["C", -2]] },
  "c+2": { kind: "letters", parts: [["C", 2]] },
  "c-1c+1": { kind: "letters", parts: [["C", -1], ["C", 1]] },
  "r+1": { kind: "letters", parts: [["M", 1]] },
  "rc+1": { kind: "letters", parts: [["M", 0], ["C", 1]] },
  t: { kind: "constant" },
  tr: { kind: "letters", parts: [["M", 0]] },
  tc: { kind: "letters", parts: [["C", 0]] },
  tw: { kind: "own" },
  ts: { kind: "own" },
  "tc+1": { kind: "letters", parts: [["C", 0], ["C", 1]] },
};

/** The letters of token classes and rule marks (features.ts), numbered. */
const LETTERS = "^$¶PNYDHRKOSAWGMIE-";
const LETTER_CODE = new Map([...LETTERS].map((letter, code) => [letter, code]));
const BEFORE = LETTER_CODE.get("^")!;
const AFTER = LETTER_CODE.get("$")!;
const NO_MARK = LETTER_CODE.get("-")!;

/** One compiled feature kind, in one shape whatever its spec (the hot loop reads numbers only). */
class Kind {
  /** CONSTANT, LETTERS, ALONE, NEIGHBOUR, OWN or PAIR. */
  readonly code: number;
  /** Of a constant: its weights (3, one per tag; none is weights of 0, which add nothing). */
  readonly constant: Float64Array;
  /** Of letters: the weights of each combination of letter codes, 3 a combination. */
  readonly weights: Float64Array;
  /** Of letters: how many, and per letter whether it is a mark (1) or a class (0) and its offset. */
  readonly letters: number;
  /** Of letters: where each letter stands in a token's letters around it (see lettersAround). */
  readonly slot0: number;
  readonly slot1: number;
  /** Of a neighbour: its offset. */
  readonly offset: number;

  constructor(spec: Spec, table: ReadonlyMap<string, number>, weights: Float64Array) {
    this.code = KIND_CODES[spec.kind];
    this.constant = new Float64Array(3);
    if (spec.kind === "constant") copyRow(weights, table.get("") ?? -1, this.constant, 0);
    const parts = spec.kind === "letters" ? spec.parts : [];
    if (parts.length > 2) throw new Error("a feature of more than two letters");
    this.letters = parts.length;
    this.slot0 = parts[0] ? slotOf(parts[0]) : 0;
    this.slot1 = parts[1] ? slotOf(parts[1]) : 0;
    this.offset = spec.kind === "neighbour" ? spec.offset : 0;
    this.weights = new Float64Array(parts.length === 0 ? 0 : 3 * LETTERS.length ** parts.length);
    for (const [value, row] of parts.length === 0 ? [] : table) {
      const letters = [...value];
      if (letters.length !== parts.length || !letters.every((letter) => LETTER_CODE.has(letter))) continue; // no token has it
      copyRow(weights, row, this.weights, 3 * letters.reduce((index, letter) => index * LETTERS.length + LETTER_CODE.get(letter)!, 0));
    }
  }
}

/**
 * A token's letters around it, in one array: the classes two before to two after (slots 0–4),
 * then the rule marks of the token and the next (slots 5, 6).
 */
const CLASS_REACH = 2;
const MARK_SLOTS = 2;
const around = new Int32Array(2 * CLASS_REACH + 1 + MARK_SLOTS);

function slotOf([what, offset]: readonly ["M" | "C", number]): number {
  if (what === "C" && Math.abs(offset) <= CLASS_REACH) return CLASS_REACH + offset;
  if (what === "M" && offset >= 0 && offset < MARK_SLOTS) return 2 * CLASS_REACH + 1 + offset;
  throw new Error(`a letter feature at ${what}${offset}`);
}

const [CONSTANT, LETTERS_KIND, ALONE, NEIGHBOUR, OWN, PAIR] = [0, 1, 2, 3, 4, 5];
const KIND_CODES: Record<Spec["kind"], number> = { constant: CONSTANT, letters: LETTERS_KIND, alone: ALONE, neighbour: NEIGHBOUR, own: OWN, pair: PAIR };

/** What the model holds of one word, wherever it stands: worked out once. */
interface WordRows {
  /** The summed weights of the word's WORD_ALONE features. */
  alone: Float64Array;
  /** Per word template: the weights of this word as that template's neighbour ("w-1=word"), 3 a template. */
  asNeighbour: Float64Array;
  /** Per previous tag and transition template: the weights of this word's own value, 3 each. */
  own: Float64Array;
  /** The word after → the row of the pair (this word, that word). */
  pairs: ReadonlyMap<string, number> | undefined;
}

/** The weights, by feature kind then value: lookups of words the article already holds. */
export interface PersonModel {
  /** Per word template (in WORD_TEMPLATES' order): value → row in `weights`. */
  word: ReadonlyMap<string, number>[];
  /** Per previous tag, per transition template: value → row. */
  transition: ReadonlyMap<string, number>[][];
  weights: Float64Array;
  /** The compiled kinds of WORD_TEMPLATES, then per previous tag those of TRANSITION_TEMPLATES. */
  wordKinds: Kind[];
  transitionKinds: Kind[][];
  /** Per word template of kind "pair": first word → second word → row. */
  pairs: Map<string, Map<string, number>>[];
  pairKind: number;
  /** What the model holds of each word seen: remembered across articles. */
  words: Map<string, WordRows>;
  /** The given names the token classes know (given-names.yaml): words of names whatever the weights. */
  givenNames?: GivenNameKnowledge;
}

/** Words whose rows are remembered at most: enough for an archive's vocabulary in use. */
const WORDS_REMEMBERED = 200_000;

export function compilePersonModel(file: PersonModelFile, givenNames?: GivenNameKnowledge): PersonModel {
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
  const word = WORD_TEMPLATES.map(([name]) => tableOf(name));
  const transition = TAGS.map((tag) => TRANSITION_TEMPLATES.map(([name]) => tableOf(name + tag)));
  return {
    word,
    transition,
    weights,
    wordKinds: WORD_TEMPLATES.map(([name], k) => compileKind(name, word[k]!, weights)),
    transitionKinds: TAGS.map((_, t) => TRANSITION_TEMPLATES.map(([name], k) => compileKind(name, transition[t]![k]!, weights))),
    pairs: WORD_TEMPLATES.map(([name], k) => (SPECS[name]?.kind === "pair" ? pairsOf(word[k]!) : new Map())),
    pairKind: WORD_TEMPLATES.findIndex(([name]) => SPECS[name]?.kind === "pair"),
    words: new Map(),
    ...(givenNames ? { givenNames } : {}),
  };
}

/** The index of a letters kind's letters in `around`. */
function lettersOf(kind: Kind): number {
  return kind.letters === 1 ? around[kind.slot0]! : around[kind.slot0]! * LETTERS.length + around[kind.slot1]!;
}

/** A row's weights copied to `to` at `at`; no row (-1) leaves the zeros. */
function copyRow(weights: Float64Array, row: number, to: Float64Array, at: number): void {
  if (row < 0) return;
  to[at] = weights[row * 3]!;
  to[at + 1] = weights[row * 3 + 1]!;
  to[at + 2] = weights[row * 3 + 2]!;
}

function compileKind(name: string, table: ReadonlyMap<string, number>, weights: Float64Array): Kind {
  const spec = SPECS[name];
  if (!spec || (spec.kind === "alone") !== WORD_ALONE.has(name)) throw new Error(`the tagger cannot weigh features of kind "${name}"`);
  return new Kind(spec, table, weights);
}

/** "a|b" → a → b → row, for every "|" the value holds (a word may be a "|" itself). */
function pairsOf(table: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  const pairs = new Map<string, Map<string, number>>();
  for (const [value, row] of table) {
    for (let at = value.indexOf("|"); at >= 0; at = value.indexOf("|", at + 1)) {
      const first = value.slice(0, at);
      const seconds = pairs.get(first) ?? new Map<string, number>();
      seconds.set(value.slice(at + 1), row);
      pairs.set(first, seconds);
    }
  }
  return pairs;
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

/**
 * The same for a word with the article, or behind ب or ل, ending a name of three words or more
 * ("جميل بوبشيت التكريم"): such a word is seldom a name's, and a lighter lean suffices
 * (set by cross-validation on the training batches, training/persons/crossval.ts).
 */
const DEFINITE_TOO_MANY = 0.25;

/** How far the model must lean towards names for a word to be taken, on its own, for a first name. */
const WORD_OF_NAME = 1;

/**
 * "وائل" of "بوائل", "عمر" of "لعمر": a word the model, on its own, takes for a part of a name, or
 * a given name the token classes know (their class takes weight from the word's own features);
 * not a word that is ب or ل on a listed name and is not listed itself ("لعمر"; "بسام" is listed).
 */
export function isWordOfName(model: PersonModel, folded: string): boolean {
  const given = model.givenNames;
  if (given && (given.names.has(folded) || given.alsoWords.has(folded))) return true;
  // "لعمر": ب or ل on a listed name, and the word as written is not listed
  if (given && /^[بل]/.test(folded) && (given.names.has(folded.slice(1)) || given.alsoWords.has(folded.slice(1)))) return false;
  return (leansAwayFromNames(model, folded) ?? 0) <= -WORD_OF_NAME;
}

/**
 * "شينزو آبي التعبير", "جمال عبد الناصر يأمر": a word the model, on its own, takes for no part of
 * a name. `seldomInNames`: the word is of a kind names seldom hold (with the article, or behind ب
 * or ل), and a lighter lean suffices (DEFINITE_TOO_MANY).
 */
export function isWordTooMany(model: PersonModel, folded: string, seldomInNames = false): boolean {
  return (leansAwayFromNames(model, folded) ?? 0) >= (seldomInNames ? DEFINITE_TOO_MANY : WORD_TOO_MANY);
}

/** Adds a row's weights to scores (one per tag); -1 is no row. */
function add(weights: Float64Array, row: number, scores: Float64Array, at: number): void {
  if (row >= 0) addAt(weights, row * 3, scores, at);
}

/** Adds the three weights at `w` to scores. */
function addAt(weights: Float64Array, w: number, scores: Float64Array, at: number): void {
  scores[at]! += weights[w]!;
  scores[at + 1]! += weights[w + 1]!;
  scores[at + 2]! += weights[w + 2]!;
}

/** The best tag's index; I only after B or I. */
export function bestIndex(scores: ArrayLike<number>, previous: Tag): number {
  let best = 0;
  for (let t = 1; t < 3; t++) if ((t !== 2 || previous !== "O") && scores[t]! > scores[best]!) best = t;
  return best;
}

const TAG_INDEX: Record<Tag, number> = { O: 0, B: 1, I: 2 };

/**
 * Buffers every tagger shares, so that an article's tagging allocates little: grown to the
 * longest article yet. A token's slots hold the number of the tagger that filled them; another
 * tagger finds them not its own and fills them anew.
 */
class Scratch {
  owner = new Uint32Array(0);
  weighed = new Uint8Array(0);
  classCodes = new Int8Array(0);
  rows: (WordRows | undefined)[] = [];
  /** The scores of a token's word features (3 a token), and after each previous tag (9 a token). */
  wordScores = new Float64Array(0);
  scores = new Float64Array(0);

  fit(length: number): void {
    if (length <= this.owner.length) return;
    const size = Math.max(length, 2 * this.owner.length);
    this.owner = new Uint32Array(size);
    this.weighed = new Uint8Array(size);
    this.classCodes = new Int8Array(size);
    this.rows = new Array(size);
    this.wordScores = new Float64Array(size * 3);
    this.scores = new Float64Array(size * 9);
  }
}

const scratch = new Scratch();
let taggers = 0;

/**
 * Tags an article's tokens where asked, left to right, each window from a neutral start. A
 * token's word features are weighed once, and its scores after each tag are remembered, so
 * that windows which overlap cost no more than one pass. The weights are added in the order
 * of the templates, so that the scores are those of the features as training counts them.
 */
export class PersonTagger {
  private readonly classes: TokenClasses;
  private readonly length: number;
  /** This tagger's number: a token's slots in the shared buffers are its own when they hold it. */
  private readonly id = ++taggers;
  /** Rule marks by token, as letter codes. */
  private readonly marks = new Map<number, number>();

  constructor(private readonly ctx: PhraseContext, private readonly model: PersonModel, marks: RuleMarks = new Map()) {
    this.classes = new TokenClasses(ctx, marks);
    this.length = ctx.state.tokens.length;
    for (const [i, mark] of withEchoes(ctx, marks)) this.marks.set(i, LETTER_CODE.get(mark)!);
    scratch.fit(this.length);
  }

  /** Makes token i's slots this tagger's, empty, unless they are already. */
  private claim(i: number): void {
    if (scratch.owner[i] === this.id) return;
    scratch.owner[i] = this.id;
    scratch.weighed[i] = 0;
    scratch.classCodes[i] = -1;
    scratch.rows[i] = undefined;
  }

  /** The tags of tokens from..to (to excluded). */
  tag(from: number, to: number): Tag[] {
    const tags: Tag[] = [];
    let previous: Tag = "O";
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) tags.push((previous = this.next(i, previous)));
    return tags;
  }

  /** The tag of token i after the tag before it. */
  private next(i: number, previous: Tag): Tag {
    const at = this.scoresAt(i, previous);
    const { scores } = scratch;
    let best = 0;
    // a name never begins at a punctuation mark (the hyphen of بيير-كريستوف goes on a name)
    if (scores[at + 1]! > scores[at]! && this.ctx.state.tokens[i]!.kind !== "punct") best = 1;
    if (previous !== "O" && scores[at + 2]! > scores[at + best]!) best = 2;
    return TAGS[best]!;
  }

  /** The tag before `start` when tagging from `from`: tokens before `from` are not seen. */
  private tagBefore(from: number, start: number): Tag {
    let previous: Tag = "O";
    for (let i = Math.max(0, from); i < Math.min(start, this.length); i++) previous = this.next(i, previous);
    return previous;
  }

  /** The end of a name whose first word, tagged `first`, is at `start`: its run of I tags, before `limit`. */
  private endOfName(start: number, first: Tag, limit: number): number {
    let end = start + 1;
    let previous = first;
    while (end < limit && (previous = this.next(end, previous)) === "I") end++;
    return end;
  }

  /** Where the token's scores after the previous tag begin in `scratch.scores`. */
  private scoresAt(i: number, previous: Tag): number {
    this.claim(i);
    const tag = TAG_INDEX[previous];
    const bit = 1 << (tag + 1);
    const at = i * 9 + tag * 3;
    const done = scratch.weighed[i]!;
    if (done & bit) return at;
    if (!(done & 1)) this.weighWord(i);
    const { model } = this;
    const { scores, wordScores } = scratch;
    scores[at] = wordScores[i * 3]!;
    scores[at + 1] = wordScores[i * 3 + 1]!;
    scores[at + 2] = wordScores[i * 3 + 2]!;
    const kinds = model.transitionKinds[tag]!;
    const own = this.rowsAt(i).own;
    this.lettersAround(i);
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      if (kind.code === CONSTANT) addAt(kind.constant, 0, scores, at);
      else if (kind.code === LETTERS_KIND) addAt(kind.weights, 3 * lettersOf(kind), scores, at);
      else addAt(own, 3 * (tag * kinds.length + k), scores, at);
    }
    scratch.weighed[i] = scratch.weighed[i]! | bit;
    return at;
  }

  /** The scores of the token's features that do not depend on the tag before. */
  private weighWord(i: number): void {
    const { model } = this;
    const { wordScores } = scratch;
    const at = i * 3;
    const rows = this.rowsAt(i);
    wordScores[at] = rows.alone[0]!;
    wordScores[at + 1] = rows.alone[1]!;
    wordScores[at + 2] = rows.alone[2]!;
    const kinds = model.wordKinds;
    this.lettersAround(i);
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      const code = kind.code;
      if (code === ALONE) continue;
      else if (code === CONSTANT) addAt(kind.constant, 0, wordScores, at);
      else if (code === LETTERS_KIND) addAt(kind.weights, 3 * lettersOf(kind), wordScores, at);
      else if (code === NEIGHBOUR) {
        const j = i + kind.offset;
        if (j < 0 || j >= this.length) add(model.weights, this.boundaryRow(k, j < 0 ? "^" : "$"), wordScores, at);
        else addAt(this.rowsAt(j).asNeighbour, 3 * k, wordScores, at);
      } else if (code === PAIR) {
        const seconds = i === 0 ? model.pairs[k]!.get("^") : this.rowsAt(i - 1).pairs;
        add(model.weights, seconds?.get(this.ctx.state.tokens[i]!.folded) ?? -1, wordScores, at);
      } else throw new Error(`a word template of kind ${code}`);
    }
    scratch.weighed[i] = scratch.weighed[i]! | 1;
  }

  private boundaryRow(k: number, value: string): number {
    return this.model.word[k]!.get(value) ?? -1;
  }

  /** Fills `around` with the letters of the token classes and marks near i. */
  private lettersAround(i: number): void {
    for (let offset = -CLASS_REACH; offset <= CLASS_REACH; offset++) around[CLASS_REACH + offset] = this.classAt(i + offset);
    for (let offset = 0; offset < MARK_SLOTS; offset++) around[2 * CLASS_REACH + 1 + offset] = this.markAt(i + offset);
  }

  private markAt(i: number): number {
    return this.marks.get(i) ?? NO_MARK;
  }

  private classAt(i: number): number {
    if (i < 0) return BEFORE;
    if (i >= this.length) return AFTER;
    this.claim(i);
    let code = scratch.classCodes[i]!;
    if (code < 0) scratch.classCodes[i] = code = LETTER_CODE.get(tokenClass(this.ctx, i))!;
    return code;
  }

  /** What the model holds of the word at i: remembered by word, across articles. */
  private rowsAt(i: number): WordRows {
    this.claim(i);
    let rows = scratch.rows[i];
    if (rows) return rows;
    const { words } = this.model;
    const folded = this.ctx.state.tokens[i]!.folded;
    rows = words.get(folded);
    if (!rows) {
      if (words.size >= WORDS_REMEMBERED) words.clear();
      rows = this.wordRows(i, folded);
      words.set(folded, rows);
    }
    scratch.rows[i] = rows;
    return rows;
  }

  private wordRows(i: number, folded: string): WordRows {
    const { model, ctx, classes } = this;
    const alone = new Float64Array(3);
    const asNeighbour = new Float64Array(WORD_TEMPLATES.length * 3);
    WORD_TEMPLATES.forEach((template, k) => {
      const { code } = model.wordKinds[k]!;
      if (code === ALONE) add(model.weights, rowOf(model.word[k]!, template, ctx, classes, i), alone, 0);
      if (code === NEIGHBOUR) copyRow(model.weights, model.word[k]!.get(folded) ?? -1, asNeighbour, 3 * k);
    });
    const count = TRANSITION_TEMPLATES.length;
    const own = new Float64Array(TAGS.length * count * 3);
    TAGS.forEach((_, t) =>
      TRANSITION_TEMPLATES.forEach((template, k) => {
        if (model.transitionKinds[t]![k]!.code === OWN) copyRow(model.weights, rowOf(model.transition[t]![k]!, template, ctx, classes, i), own, 3 * (t * count + k));
      }),
    );
    return { alone, asNeighbour, own, pairs: model.pairKind >= 0 ? model.pairs[model.pairKind]!.get(folded) : undefined };
  }

  /** How sure the tagger is that no name begins at `start` (≤ 0: it reads one). */
  doubtAt(start: number, context = 3): number {
    const from = Math.max(0, start - context);
    const tags = this.tag(from, start);
    const previous = tags.at(-1) ?? "O";
    const at = this.scoresAt(start, previous);
    const { scores } = scratch;
    return scores[at]! - Math.max(scores[at + 1]!, previous === "O" ? scores[at + 1]! : scores[at + 2]!);
  }

  /**
   * The person's name the tagger reads at `start`, tagging from `context` tokens before it:
   * the span from `start` to the end of its run of name tags, or undefined when the tagger
   * reads no name beginning (or going on) there.
   */
  nameAt(start: number, reach: number, context = 3): Span | undefined {
    const limit = Math.min(start + reach, this.length);
    if (start >= limit) return undefined;
    const first = this.next(start, this.tagBefore(start - context, start));
    return first === "O" ? undefined : { start, end: this.endOfName(start, first, limit) };
  }

  /**
   * The name from `span` on to `limit` while the tagger barely prefers "outside a name" for
   * the next word (by less than `doubt`): the rules then know better where the name ends.
   */
  extendWhileUnsure(span: Span, limit: number, doubt: number): Span {
    let end = span.end;
    while (end < limit) {
      const at = this.scoresAt(end, "I");
      if (scratch.scores[at]! - scratch.scores[at + 2]! >= doubt) break;
      end++;
    }
    return { start: span.start, end };
  }

  /** The first name the tagger reads from `start` on, before `stops` says the phrase has ended. */
  firstNameFrom(start: number, reach: number, stops: (i: number) => boolean, context = 3): Span | undefined {
    const limit = Math.min(start + reach + LONGEST_NAME, this.length);
    let previous = this.tagBefore(start - context, start);
    for (let i = start; i < start + reach && i < limit; i++) {
      previous = this.next(i, previous);
      if (previous === "B") return { start: i, end: this.endOfName(i, previous, limit) };
      if (stops(i)) return undefined;
    }
    return undefined;
  }
}

function rowOf(table: ReadonlyMap<string, number>, [, value]: Template, ctx: PhraseContext, classes: TokenClasses, i: number): number {
  return table.get(value(ctx, classes, i)) ?? -1;
}

