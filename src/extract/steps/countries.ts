import type { PhraseMatch } from "../lexicon.ts";
import type { CountryPhrase, Homonym } from "../countries.ts";
import type { ExtractState } from "../state.ts";

/**
 * Step "countries": every phrase that names a country or its people, minus the look-alikes:
 * a language (اللغة الصينية), a common word that needs a cue (مالي), and a city that shares
 * a country's name (عمّان).
 */
export function countries(state: ExtractState): void {
  const { lexicon } = state.knowledge.countries;
  const found: PhraseMatch<CountryPhrase>[] = [];
  for (let i = 0; i < state.tokens.length; ) {
    const match = lexicon.matchAt(state.tokens, i);
    if (!match) {
      i++;
      continue;
    }
    if (match.value.code === null) state.notCountrySpans.push(match);
    else found.push(match);
    i = match.end;
  }
  for (const match of found) {
    const { code, demonym } = match.value;
    if (code && isCountryReading(state, match, found)) {
      state.countryMentions.push({ code, demonym, start: match.start, end: match.end });
    }
  }
}

function isCountryReading(state: ExtractState, match: PhraseMatch<CountryPhrase>, all: PhraseMatch<CountryPhrase>[]): boolean {
  if (match.value.languageLike && namesALanguage(state, match)) return false;
  if (match.value.demonym && (followsHonorific(state, match.start) || followsLineage(state, match.start))) return false;
  if (match.value.needsCue && !hasStrongCue(state, match, all)) return false;
  const homonym = singleWordHomonym(state, match);
  return !homonym || !isTheCity(state, match, homonym, all);
}

/** "اللغة الصينية", or a feminine demonym with no noun to qualify: "بالفرنسية", "إلى الفرنسية". */
function namesALanguage(state: ExtractState, match: PhraseMatch<CountryPhrase>): boolean {
  const { languageCues, languagePrepositions } = state.knowledge.countries;
  const previous = state.tokens[match.start - 1];
  if (previous && languageCues.hasReading(previous)) return true;
  if (!match.reading.endsWith("ه")) return false;
  const token = state.tokens[match.start]!;
  const joinedToBi = /^و?ب/.test(token.folded) && match.reading !== token.folded;
  return joinedToBi || (previous !== undefined && match.reading === token.folded && languagePrepositions.has(previous.folded));
}

/** "الأمير تركي الفيصل", "الشيخ كويتي …": after an honorific a demonym-like word is a name. */
function followsHonorific(state: ExtractState, start: number): boolean {
  const { honorifics } = state.knowledge.roles;
  for (let from = Math.max(0, start - 2); from < start; from++) {
    if (honorifics.matchAt(state.tokens, from)?.end === start) return true;
  }
  return false;
}

/** "عبد العزيز بن تركي", "أبو عمر المصري" is a name: after بن or آل a demonym-like word is one. */
function followsLineage(state: ExtractState, start: number): boolean {
  const previous = state.tokens[start - 1];
  return previous !== undefined && state.knowledge.names.lineage.has(previous.folded);
}

/** A word such as مالي counts after a cue (في مالي، جمهورية مالي) or in a list of countries. */
function hasStrongCue(state: ExtractState, match: PhraseMatch<CountryPhrase>, all: PhraseMatch<CountryPhrase>[]): boolean {
  const token = state.tokens[match.start]!;
  if (match.reading !== token.folded && /^[وف]?[بل]/.test(token.folded)) return true;
  const previous = state.tokens[match.start - 1];
  if (previous && state.knowledge.countries.strongCues.hasReading(previous)) return true;
  return all.some((other) => other !== match && !other.value.needsCue && (other.end === match.start || other.start === match.end));
}

function singleWordHomonym(state: ExtractState, match: PhraseMatch<CountryPhrase>): Homonym | undefined {
  if (match.end - match.start !== 1) return undefined;
  const { homonyms } = state.knowledge.countries;
  return state.tokens[match.start]!.readings.map((reading) => homonyms.get(reading)).find(Boolean);
}

/**
 * The documented rule for a name shared by a country and a city (عمان): it is the city when
 * it is written as the city (عمّان), when a cue stands right before it (العاصمة الأردنية
 * عمان), or when the text names the city's country and never marks the other reading (سلطنة
 * عمان، مسقط، العماني). Otherwise it is the country.
 */
function isTheCity(state: ExtractState, match: PhraseMatch<CountryPhrase>, homonym: Homonym, all: PhraseMatch<CountryPhrase>[]): boolean {
  const token = state.tokens[match.start]!;
  if ([...homonym.citySpellings].some((spelling) => token.text.includes(spelling))) return true;
  if (cueEndsAt(state, homonym, match.start)) return true;
  const namesCityCountry = all.some((other) => other.value.code === homonym.cityOf);
  return namesCityCountry && !marksTheCountry(state, homonym, all);
}

const LONGEST_CUE = 3;

function cueEndsAt(state: ExtractState, homonym: Homonym, end: number): boolean {
  for (let start = Math.max(0, end - LONGEST_CUE); start < end; start++) {
    if (homonym.cityCues.matchAt(state.tokens, start)?.end === end) return true;
  }
  return false;
}

/** Another way of naming the country (سلطنة عمان، العمانيون) or a marker such as مسقط. */
function marksTheCountry(state: ExtractState, homonym: Homonym, all: PhraseMatch<CountryPhrase>[]): boolean {
  const otherwiseNamed = all.some((other) => other.value.code === homonym.country && !singleWordHomonym(state, other));
  return otherwiseNamed || homonym.countryMarkers.scan(state.tokens).length > 0;
}
