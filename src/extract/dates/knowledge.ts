import { PhraseLexicon, WordSet } from "../lexicon.ts";

/** data/dates.yaml, as written. */
export interface DatesFile {
  gregorian_months?: Record<string, string[]>;
  hijri_months?: Record<string, string[]>;
  hijri_markers?: string[];
  gregorian_markers?: string[];
  weekdays?: string[];
  day_ordinals?: Record<string, string[]>;
  year_cues?: string[];
}

export interface DateKnowledge {
  gregorianMonths: PhraseLexicon<number>;
  hijriMonths: PhraseLexicon<number>;
  hijriMarkers: WordSet;
  gregorianMarkers: WordSet;
  /** Weekday names → 0 (Sunday) … 6. */
  weekdays: PhraseLexicon<number>;
  dayOrdinals: PhraseLexicon<number>;
  yearCues: WordSet;
}

export function compileDates(file: DatesFile): DateKnowledge {
  return {
    gregorianMonths: numbered(file.gregorian_months, MONTH_WORD),
    hijriMonths: numbered(file.hijri_months, MONTH_WORD),
    hijriMarkers: new WordSet(file.hijri_markers ?? []),
    gregorianMarkers: new WordSet(file.gregorian_markers ?? []),
    weekdays: numbered(Object.fromEntries((file.weekdays ?? []).map((day, index) => [index, [day]]))),
    dayOrdinals: numbered(file.day_ordinals),
    yearCues: new WordSet(file.year_cues ?? []),
  };
}

/** A month may be named with the word for month before it: "شهر يوليو". */
const MONTH_WORD = "شهر";

function numbered(names: Record<string, string[]> = {}, optionalWord?: string): PhraseLexicon<number> {
  const lexicon = new PhraseLexicon<number>();
  for (const [number, list] of Object.entries(names)) {
    for (const name of list) {
      lexicon.add(name, Number(number));
      if (optionalWord) lexicon.add(`${optionalWord} ${name}`, Number(number));
    }
  }
  return lexicon;
}
