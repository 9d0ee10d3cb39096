import type { CountryMention, ExtractState, Span } from "../state.ts";

/** The state of one article with its country mentions and look-alikes indexed by the tokens they cover. */
export interface PhraseContext {
  state: ExtractState;
  mentionAt: Map<number, CountryMention>;
  notCountryAt: Map<number, Span>;
}

export function phraseContext(state: ExtractState): PhraseContext {
  return {
    state,
    mentionAt: byCoveredToken(state.countryMentions),
    notCountryAt: byCoveredToken(state.notCountrySpans),
  };
}

/** A title can begin inside a country's long name ("رئيس دولة" + "الإمارات" of "دولة الإمارات"). */
function byCoveredToken<T extends Span>(spans: T[]): Map<number, T> {
  const index = new Map<number, T>();
  for (const span of spans) for (let i = span.start; i < span.end; i++) index.set(i, span);
  return index;
}
