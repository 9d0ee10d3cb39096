import type { TermWeight } from "../topics/knowledge.ts";
import type { ArticleToken, ExtractState } from "../state.ts";

const MAX_COUNTED_OCCURRENCES = 3;
const TITLE_FACTOR = 2;

/**
 * Step "topics": each term found adds its weight to its topics (twice in the title, and at
 * most three occurrences of one term count); a topic whose score reaches its threshold is
 * the article's. Topics are listed strongest first.
 */
export function topics(state: ExtractState): void {
  const knowledge = state.knowledge.topics;
  const scores = new Array<number>(knowledge.topics.length).fill(0);
  const occurrences = new Map<TermWeight, number>();
  const count = (weights: readonly TermWeight[], token: ArticleToken) => {
    for (const weight of weights) {
      const seen = occurrences.get(weight) ?? 0;
      if (seen >= MAX_COUNTED_OCCURRENCES) continue;
      occurrences.set(weight, seen + 1);
      scores[weight.topic]! += weight.weight * (token.segment === 0 ? TITLE_FACTOR : 1);
    }
  };
  for (let i = 0; i < state.tokens.length; ) {
    const token = state.tokens[i]!;
    const phrase = knowledge.terms.matchAt(state.tokens, i);
    if (phrase) count(phrase.value, token);
    else if (token.kind === "word") count(knowledge.prefixWeights.at(token), token);
    i = phrase ? phrase.end : i + 1;
  }
  state.topics = knowledge.topics
    .map((topic, index) => ({ id: topic.id, score: scores[index]!, threshold: topic.threshold }))
    .filter((topic) => topic.score >= topic.threshold)
    .sort((a, b) => b.score - a.score)
    .map((topic) => topic.id);
}
