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
  const names = state.officials.flatMap((official) => official.spans);
  const byCode = new Map<string, Salience>();
  for (const mention of state.countryMentions.filter((m) => !insideAny(m, names))) {
    const segment = state.tokens[mention.start]!.segment;
    const entry = byCode.get(mention.code) ?? { code: mention.code, inTitle: false, inLede: false, count: 0, first: mention.start };
    entry.inTitle ||= segment === TITLE;
    entry.inLede ||= segment === LEDE;
    entry.count++;
    byCode.set(mention.code, entry);
  }
  state.countries = [...byCode.values()].sort(bySalience).map((entry) => entry.code);
}

function insideAny(mention: CountryMention, spans: Span[]): boolean {
  return spans.some((span) => mention.start >= span.start && mention.end <= span.end);
}

function bySalience(a: Salience, b: Salience): number {
  if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1;
  if (a.inTitle) return a.first - b.first;
  if (a.inLede !== b.inLede) return a.inLede ? -1 : 1;
  return b.count - a.count || a.first - b.first;
}
