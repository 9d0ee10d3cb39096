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
  /** Months, weekdays and day ordinals in one lexicon: where a date may be, in one lookup per token. */
  calendarWords: PhraseLexicon<number>;
  yearCues: WordSet;
}

export function compileDates(file: DatesFile): DateKnowledge {
  const weekdays = Object.fromEntries((file.weekdays ?? []).map((day, index) => [index, [day]]));
  const calendarWords = new PhraseLexicon<number>();
  for (const [names, optionalWord] of [
    [file.gregorian_months, MONTH_WORD],
    [file.hijri_months, MONTH_WORD],
    [weekdays],
    [file.day_ordinals],
  ] as const) {
    numbered(names, optionalWord, calendarWords);
  }
  return {
    gregorianMonths: numbered(file.gregorian_months, MONTH_WORD),
    hijriMonths: numbered(file.hijri_months, MONTH_WORD),
    hijriMarkers: new WordSet(file.hijri_markers ?? []),
    gregorianMarkers: new WordSet(file.gregorian_markers ?? []),
    weekdays: numbered(weekdays),
    dayOrdinals: numbered(file.day_ordinals),
    calendarWords,
    yearCues: new WordSet(file.year_cues ?? []),
  };
}

/** A month may be named with the word for month before it: "شهر يوليو". */
const MONTH_WORD = "شهر";

function numbered(names: Record<string, string[]> = {}, optionalWord?: string, lexicon = new PhraseLexicon<number>()): PhraseLexicon<number> {
  for (const [number, list] of Object.entries(names)) {
    for (const name of list) {
      lexicon.add(name, Number(number));
      if (optionalWord) lexicon.add(`${optionalWord} ${name}`, Number(number));
    }
  }
  return lexicon;
}
