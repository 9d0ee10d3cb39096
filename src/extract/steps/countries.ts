import type { PhraseMatch } from "../lexicon.ts";
import type { CountryPhrase, Homonym } from "../countries.ts";
import type { ExtractState } from "../state.ts";

type Found = PhraseMatch<CountryPhrase>;

/**
 * Step "countries": every phrase that names a country or its people, minus the look-alikes:
 * a language (اللغة الصينية), a common word that needs a cue (مالي), and a city that shares
 * a country's name (عمّان).
 */
export function countries(state: ExtractState): void {
  const { lexicon } = state.knowledge.countries;
  const found: Found[] = [];
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
  const article = articleCountries(state, found);
  found.forEach((match, index) => {
    const { code, demonym } = match.value;
    if (code && isCountryReading(article, index)) {
      state.countryMentions.push({ code, demonym, start: match.start, end: match.end });
    }
  });
}

/** The phrases found in one article, with what the rules ask of all of them worked out once. */
interface ArticleCountries {
  state: ExtractState;
  /** In text order, never overlapping. */
  found: Found[];
  /** Codes named by some phrase. */
  named: Set<string | null>;
  /** Codes named by some phrase other than a word shared with a city (سلطنة عمان، العمانيون). */
  namedUnambiguously: Set<string | null>;
  /** Per homonym, whether a marker of its country (مسقط) stands in the text; asked once. */
  markers: Map<Homonym, boolean>;
}

function articleCountries(state: ExtractState, found: Found[]): ArticleCountries {
  const named = new Set(found.map((match) => match.value.code));
  const namedUnambiguously = new Set(found.filter((match) => !singleWordHomonym(state, match)).map((match) => match.value.code));
  return { state, found, named, namedUnambiguously, markers: new Map() };
}

function isCountryReading(article: ArticleCountries, index: number): boolean {
  const { state } = article;
  const match = article.found[index]!;
  if (match.value.languageLike && namesALanguage(state, match)) return false;
  if (match.value.demonym && (followsHonorific(state, match.start) || followsLineage(state, match.start))) return false;
  if (match.value.needsCue && !hasStrongCue(article, index)) return false;
  const homonym = singleWordHomonym(state, match);
  return !homonym || !isTheCity(article, match, homonym);
}

/** "اللغة الصينية", or a feminine demonym with no noun to qualify: "بالفرنسية", "إلى الفرنسية". */
function namesALanguage(state: ExtractState, match: Found): boolean {
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

/**
 * A word such as مالي counts after a cue (في مالي، جمهورية مالي) or in a list of countries:
 * right after or right before another country's name (phrases found never overlap, so only
 * the neighbours in text order can touch it).
 */
function hasStrongCue(article: ArticleCountries, index: number): boolean {
  const { state, found } = article;
  const match = found[index]!;
  const token = state.tokens[match.start]!;
  if (match.reading !== token.folded && /^[وف]?[بل]/.test(token.folded)) return true;
  const previous = state.tokens[match.start - 1];
  if (previous && state.knowledge.countries.strongCues.hasReading(previous)) return true;
  const [before, after] = [found[index - 1], found[index + 1]];
  return (before?.end === match.start && !before.value.needsCue) || (after?.start === match.end && !after.value.needsCue);
}

function singleWordHomonym(state: ExtractState, match: Found): Homonym | undefined {
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
function isTheCity(article: ArticleCountries, match: Found, homonym: Homonym): boolean {
  const token = article.state.tokens[match.start]!;
  if ([...homonym.citySpellings].some((spelling) => token.text.includes(spelling))) return true;
  if (cueEndsAt(article.state, homonym, match.start)) return true;
  return article.named.has(homonym.cityOf) && !marksTheCountry(article, homonym);
}

const LONGEST_CUE = 3;

function cueEndsAt(state: ExtractState, homonym: Homonym, end: number): boolean {
  for (let start = Math.max(0, end - LONGEST_CUE); start < end; start++) {
    if (homonym.cityCues.matchAt(state.tokens, start)?.end === end) return true;
  }
  return false;
}

/** Another way of naming the country (سلطنة عمان، العمانيون) or a marker such as مسقط. */
function marksTheCountry(article: ArticleCountries, homonym: Homonym): boolean {
  if (article.namedUnambiguously.has(homonym.country)) return true;
  let marked = article.markers.get(homonym);
  if (marked === undefined) {
    marked = homonym.countryMarkers.scan(article.state.tokens).length > 0;
    article.markers.set(homonym, marked);
  }
  return marked;
}
