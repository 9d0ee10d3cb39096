import type { CountriesFile } from "../extract/countries.ts";
import { countryName } from "../extract/countries.ts";
import type { Official } from "../record.ts";

/**
 * The endings extraction generates for a regular nisba demonym (src/extract/countries.ts):
 * صيني، صينية، صينيين، صينيون، صينيان، صينيتان، صينيتين، صينيات.
 */
const DEMONYM_ENDINGS = ["", "ة", "ين", "ون", "ان", "تان", "تين", "ات"];

/**
 * Every one-word way the archive's knowledge writes a country: its names, irregular forms and
 * demonyms, so that an article naming the country one way is found by any other. Long forms
 * are left out: their other words (دولة، جمهورية، الشعبية) would find articles that never
 * write them.
 */
export function countrySpellings(code: string, countries: CountriesFile | undefined, shownName?: string): string[] {
  const entry = countries?.countries?.[code] ?? {};
  const demonyms = (entry.demonyms ?? []).flatMap((base) => DEMONYM_ENDINGS.map((ending) => base + ending));
  const names = [shownName, countryName(code), entry.display, ...(entry.names ?? []), ...(entry.forms ?? []), ...demonyms];
  return [...new Set(names.filter((name): name is string => Boolean(name) && isOneWord(name!)))];
}

function isOneWord(spelling: string): boolean {
  return !/\s/.test(spelling.trim());
}

/** The canonical name of an official and every spelling the archive merged into it. */
export function officialSpellings(official: Official): string[] {
  return [official.name, ...(official.aliases ?? [])];
}
