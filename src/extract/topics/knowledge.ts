import { PhraseLexicon, WordMemo, type LexiconToken } from "../lexicon.ts";
import { foldArabic, stripArticle } from "../../text/normalize.ts";

/** data/topics.yaml, as written. */
export interface TopicsFile {
  topics?: Record<string, { label: string; threshold?: number; terms?: Record<string, number> } | null>;
}

export interface Topic {
  id: string;
  label: string;
  threshold: number;
}

/** One topic a term counts for, and how much. */
export interface TermWeight {
  topic: number;
  weight: number;
  term: string;
}

export interface TopicKnowledge {
  topics: Topic[];
  /** Whole words and phrases, compared without the article. */
  terms: PhraseLexicon<TermWeight[]>;
  /** Terms written with a trailing *, keyed by their first three letters. */
  prefixes: Map<string, { stem: string; weights: TermWeight[] }[]>;
  /** The weights of the prefix terms a word begins with, remembered per word. */
  prefixWeights: WordMemo<readonly TermWeight[]>;
}

const DEFAULT_THRESHOLD = 4;
/** Topic ids name pages (/topics/<id>/): lowercase Latin letters, digits and inner hyphens. */
const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PREFIX_KEY_LENGTH = 3;

export function compileTopics(file: TopicsFile): TopicKnowledge {
  const topics: Topic[] = [];
  const exact = new Map<string, TermWeight[]>();
  const prefixed = new Map<string, TermWeight[]>();
  for (const [id, entry] of Object.entries(file.topics ?? {})) {
    if (!entry) continue;
    if (!TOPIC_ID.test(id) || id === "page") throw new Error(`the topic id ${JSON.stringify(id)} is not a URL-safe id (lowercase Latin letters, digits and "-", such as "energy"; "page" is taken by the list pages)`);
    if (typeof entry.label !== "string" || entry.label.trim() === "") throw new Error(`the topic ${id} has no label`);
    const topic = topics.push({ id, label: entry.label, threshold: entry.threshold ?? DEFAULT_THRESHOLD }) - 1;
    for (const [term, weight] of Object.entries(entry.terms ?? {})) {
      const isPrefix = term.endsWith("*");
      const key = isPrefix ? stripArticle(foldArabic(term.slice(0, -1).trim())) : foldArabic(term);
      const list = (isPrefix ? prefixed : exact).get(key) ?? [];
      list.push({ topic, weight, term });
      (isPrefix ? prefixed : exact).set(key, list);
    }
  }
  const terms = new PhraseLexicon<TermWeight[]>(true);
  for (const [term, weights] of exact) terms.add(term, weights);
  const prefixes = new Map<string, { stem: string; weights: TermWeight[] }[]>();
  for (const [stem, weights] of prefixed) {
    const key = stem.slice(0, PREFIX_KEY_LENGTH);
    prefixes.set(key, [...(prefixes.get(key) ?? []), { stem, weights }]);
  }
  return { topics, terms, prefixes, prefixWeights: new WordMemo((token) => prefixWeightsOf(prefixes, token)) };
}

/** Terms written with * that a reading of the word begins with (استثمار* → والاستثمارات). */
function prefixWeightsOf(prefixes: TopicKnowledge["prefixes"], token: LexiconToken): TermWeight[] {
  const weights = new Set<TermWeight>();
  for (const reading of token.readings) {
    const stem = stripArticle(reading);
    for (const term of prefixes.get(stem.slice(0, PREFIX_KEY_LENGTH)) ?? []) {
      if (stem.startsWith(term.stem)) term.weights.forEach((weight) => weights.add(weight));
    }
  }
  return [...weights];
}
