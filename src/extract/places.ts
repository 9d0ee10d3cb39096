import { PhraseLexicon } from "./lexicon.ts";
import { matchWords } from "../text/normalize.ts";

/** data/places.yaml, as written. */
export interface PlacesFile {
  places?: Record<string, string[]>;
  ambiguous?: string[];
}

export interface PlaceKnowledge {
  /** A place's name (with its proclitics: بجدة، لمنطقة الرياض) → the country it is in. */
  lexicon: PhraseLexicon<string>;
  /** A whole name in matching form → its country: a dateline's place. */
  byName: Map<string, string>;
}

const ISO_CODE = /^[A-Z]{2}$/;

export function compilePlaces(file: PlacesFile): PlaceKnowledge {
  const ambiguous = new Set((file.ambiguous ?? []).map((name) => matchWords(name).join(" ")));
  const lexicon = new PhraseLexicon<string>();
  const byName = new Map<string, string>();
  for (const [code, names] of Object.entries(file.places ?? {})) {
    if (!ISO_CODE.test(code)) throw new Error(`${code} is not an ISO 3166-1 alpha-2 code`);
    for (const name of names) {
      const key = matchWords(name).join(" ");
      if (!key || ambiguous.has(key)) continue;
      lexicon.add(name, code);
      byName.set(key, code);
    }
  }
  return { lexicon, byName };
}

/** The country of a dateline's place ("الرياض", "جدة"), when the gazetteer knows it. */
export function countryOfPlace(places: PlaceKnowledge, place: string): string | undefined {
  return places.byName.get(matchWords(place).join(" "));
}
