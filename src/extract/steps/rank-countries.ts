import type { CountryMention, ExtractState, Span } from "../state.ts";

interface Salience {
  code: string;
  inTitle: boolean;
  inLede: boolean;
  count: number;
  first: number;
}

const TITLE = 0;
const LEDE = 1;

/**
 * Step "rank-countries": the countries of the article, most salient first: those in the
 * title in the title's order, then those in the lede, then the rest, each group by how often
 * the country is named. A demonym that is part of a person's name (محمد شياع السوداني) is
 * not a mention of a country.
 */
export function rankCountries(state: ExtractState): void {
  const byCode = new Map<string, Salience>();
  for (const mention of mentionsOutside(state, state.officials.flatMap((official) => official.spans))) {
    const segment = state.tokens[mention.start]!.segment;
    const entry = byCode.get(mention.code) ?? { code: mention.code, inTitle: false, inLede: false, count: 0, first: mention.start };
    entry.inTitle ||= segment === TITLE;
    entry.inLede ||= segment === LEDE;
    entry.count++;
    byCode.set(mention.code, entry);
  }
  state.countries = [...byCode.values()].sort(bySalience).map((entry) => entry.code);
}

/** The country mentions of the article that lie in none of the spans (people's names). */
export function mentionsOutside(state: ExtractState, spans: readonly Span[]): CountryMention[] {
  const nameEnds = furthestEnds(state.tokens.length, spans);
  return state.countryMentions.filter((m) => nameEnds[m.start]! < m.end);
}

/**
 * For each token, the furthest end of the spans that start at or before it: a stretch that
 * starts at i lies inside one of the spans exactly when it ends no later than that.
 */
function furthestEnds(length: number, spans: readonly Span[]): Int32Array {
  const ends = new Int32Array(length + 1);
  for (const span of spans) ends[span.start] = Math.max(ends[span.start]!, span.end);
  for (let i = 1; i < ends.length; i++) ends[i] = Math.max(ends[i]!, ends[i - 1]!);
  return ends;
}

function bySalience(a: Salience, b: Salience): number {
  if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1;
  if (a.inTitle) return a.first - b.first;
  if (a.inLede !== b.inLede) return a.inLede ? -1 : 1;
  return b.count - a.count || a.first - b.first;
}
