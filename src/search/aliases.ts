import type { CountriesFile } from "../extract/countries.ts";
import { countryName, countrySpellings as allCountrySpellings } from "../extract/countries.ts";
import type { Official } from "../record.ts";

/**
 * Every one-word way the archive's knowledge writes a country: its names, irregular forms and
 * demonyms, so that an article naming the country one way is found by any other. Long forms
 * are left out: their other words (دولة، جمهورية، الشعبية) would find articles that never
 * write them.
 */
export function countrySpellings(code: string, countries: CountriesFile | undefined, shownName?: string): string[] {
  const spellings = [shownName, countryName(code), ...allCountrySpellings(countries, code)];
  return [...new Set(spellings.filter((name): name is string => Boolean(name) && isOneWord(name!)))];
}

function isOneWord(spelling: string): boolean {
  return !/\s/.test(spelling.trim());
}

/** The canonical name of an official and every spelling the archive merged into it. */
export function officialSpellings(official: Official): string[] {
  return [...new Set([official.person ?? official.name, official.name, ...(official.aliases ?? [])])];
}
