import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { foldArabic } from "../text/normalize.ts";
import { PhraseLexicon, WordSet } from "./lexicon.ts";

/** data/countries.yaml, as written. */
export interface CountriesFile {
  countries?: Record<string, CountryEntry | null>;
  not_countries?: string[];
  language_cues?: string[];
  language_prepositions?: string[];
  strong_cues?: string[];
  homonyms?: HomonymEntry[];
}

export interface CountryEntry {
  display?: string;
  names?: string[];
  demonyms?: string[];
  forms?: string[];
  context?: "strong";
}

export interface HomonymEntry {
  word: string;
  country: string;
  city_of: string;
  city_spellings?: string[];
  city_cues?: string[];
  country_markers?: string[];
}

/** What a country phrase in the lexicon stands for; `code: null` blocks a look-alike phrase. */
export interface CountryPhrase {
  code: string | null;
  demonym: boolean;
  /** Masculine and feminine singular adjective forms: after اللغة they name a language. */
  languageLike: boolean;
  /** Set when the phrase alone is also a common word (مالي): it needs a cue before it. */
  needsCue: boolean;
}

export interface Homonym {
  country: string;
  cityOf: string;
  citySpellings: Set<string>;
  cityCues: PhraseLexicon<true>;
  countryMarkers: PhraseLexicon<true>;
}

export interface CountryKnowledge {
  lexicon: PhraseLexicon<CountryPhrase>;
  languageCues: WordSet;
  languagePrepositions: WordSet;
  strongCues: WordSet;
  /** Keyed by the folded word. */
  homonyms: Map<string, Homonym>;
  displayNames: Map<string, string>;
}

const require = createRequire(import.meta.url);
const isoCountries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
isoCountries.registerLocale(require("i18n-iso-countries/langs/ar.json"));

/** ISO code → Arabic name from i18n-iso-countries, without qualifiers in brackets. */
function libraryNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [code, name] of Object.entries(isoCountries.getNames("ar", { select: "official" }))) {
    names.set(code, name.replace(/\s*\(.*?\)\s*/g, " ").trim());
  }
  return names;
}

const LIBRARY_NAMES = libraryNames();

export function isCountryCode(code: string): boolean {
  return LIBRARY_NAMES.has(code);
}

/** Suffixes of a regular nisba adjective: صيني، صينية، صينيين، صينيون، صينيان، صينيتين، صينيات. */
const DEMONYM_SUFFIXES = ["", "ه", "ين", "ون", "ان", "تان", "تين", "ات"];
const LANGUAGE_SUFFIXES = new Set(["", "ه"]);

export function compileCountries(file: CountriesFile): CountryKnowledge {
  const lexicon = new PhraseLexicon<CountryPhrase>();
  const blocker: CountryPhrase = { code: null, demonym: false, languageLike: false, needsCue: false };
  for (const phrase of file.not_countries ?? []) lexicon.add(phrase, blocker);

  const entries = Object.entries(file.countries ?? {});
  for (const [code, entry] of entries) {
    if (!isCountryCode(code)) throw new Error(`countries.yaml: "${code}" is not an ISO 3166-1 alpha-2 code`);
    addCountryPhrases(lexicon, code, entry ?? {});
  }
  for (const [code, name] of LIBRARY_NAMES) {
    const needsCue = file.countries?.[code]?.context === "strong";
    lexicon.add(name, { code, demonym: false, languageLike: false, needsCue });
  }

  return {
    lexicon,
    languageCues: new WordSet(file.language_cues ?? []),
    languagePrepositions: new WordSet(file.language_prepositions ?? []),
    strongCues: new WordSet(file.strong_cues ?? []),
    homonyms: compileHomonyms(file.homonyms ?? []),
    displayNames: displayNamesOf(file),
  };
}

function displayNamesOf(file: CountriesFile): Map<string, string> {
  const entries = Object.entries(file.countries ?? {});
  return new Map(entries.flatMap(([code, entry]) => (entry?.display ? [[code, entry.display] as const] : [])));
}

function addCountryPhrases(lexicon: PhraseLexicon<CountryPhrase>, code: string, entry: CountryEntry): void {
  const needsCue = entry.context === "strong";
  for (const name of [entry.display, ...(entry.names ?? [])]) {
    if (name) lexicon.add(name, { code, demonym: false, languageLike: false, needsCue });
  }
  for (const base of entry.demonyms ?? []) {
    for (const { form, suffix } of demonymForms(base)) {
      lexicon.add(form, { code, demonym: true, languageLike: LANGUAGE_SUFFIXES.has(suffix), needsCue });
    }
  }
  for (const form of entry.forms ?? []) lexicon.add(form, { code, demonym: true, languageLike: false, needsCue });
}

/** Every regular form of a nisba demonym, with and without the article, in matching form. */
function demonymForms(base: string): { form: string; suffix: string }[] {
  const stem = foldArabic(base);
  return DEMONYM_SUFFIXES.flatMap((suffix) => [stem + suffix, "ال" + stem + suffix].map((form) => ({ form, suffix })));
}

/**
 * Every way a countries file lets a text name a country: its names (the library's, the
 * display name and the variants), its irregular forms and all forms of its demonyms.
 */
export function countrySpellings(file: CountriesFile | undefined, iso: string): string[] {
  const code = iso.toUpperCase();
  const entry = file?.countries?.[code] ?? {};
  const demonyms = (entry.demonyms ?? []).flatMap((base) => demonymForms(base).map(({ form }) => form));
  const names = [LIBRARY_NAMES.get(code), entry.display, ...(entry.names ?? []), ...(entry.forms ?? []), ...demonyms];
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

function compileHomonyms(entries: HomonymEntry[]): Map<string, Homonym> {
  const phrases = (list: string[] = []) => {
    const lexicon = new PhraseLexicon<true>();
    for (const phrase of list) lexicon.add(phrase, true);
    return lexicon;
  };
  return new Map(
    entries.map((entry) => [
      foldArabic(entry.word),
      {
        country: entry.country,
        cityOf: entry.city_of,
        citySpellings: new Set(entry.city_spellings ?? []),
        cityCues: phrases(entry.city_cues),
        countryMarkers: phrases(entry.country_markers),
      },
    ]),
  );
}

let shippedDisplayNames: Map<string, string> | undefined;

function shippedDisplayName(code: string): string | undefined {
  shippedDisplayNames ??= displayNamesOf(
    yaml.load(readFileSync(new URL("../../data/countries.yaml", import.meta.url), "utf8")) as CountriesFile,
  );
  return shippedDisplayNames.get(code);
}

/**
 * Arabic display name of an ISO 3166-1 alpha-2 code: the shipped data/countries.yaml
 * `display`, else i18n-iso-countries' Arabic name, else the code itself. For names a user
 * overrode in their own data folder, use `knowledge.countryName`.
 */
export function countryName(iso: string): string {
  const code = iso.toUpperCase();
  return shippedDisplayName(code) ?? LIBRARY_NAMES.get(code) ?? code;
}

/** Display name with a user's overrides first (compiled knowledge), then the shipped ones. */
export function countryNameIn(countries: CountryKnowledge, iso: string): string {
  const code = iso.toUpperCase();
  return countries.displayNames.get(code) ?? countryName(code);
}
