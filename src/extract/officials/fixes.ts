import { foldArabic } from "../../text/normalize.ts";
import { PhraseLexicon } from "../lexicon.ts";

/** data/officials.yaml, as written. */
export interface OfficialsFile {
  officials?: { name: string; aliases?: string[]; country?: string; role?: string }[];
  keep_apart?: string[][];
}

export interface OfficialFix {
  name: string;
  country?: string;
  role?: string;
}

export interface OfficialFixes {
  /** Folded spelling (the name or one of its aliases) → the person it names. */
  bySpelling: Map<string, OfficialFix>;
  /** Folded spellings that must stay apart, as "a|b" with a < b. */
  apart: Set<string>;
  /** The spellings of two words or more, as phrases: a known name is read whole where it stands ("شي جين بينغ", whose شي reads as a word). */
  names: PhraseLexicon<true>;
}

export function compileOfficialFixes(file: OfficialsFile): OfficialFixes {
  const bySpelling = new Map<string, OfficialFix>();
  const names = new PhraseLexicon<true>();
  for (const entry of file.officials ?? []) {
    const fix = { name: entry.name, country: entry.country?.toUpperCase(), role: entry.role };
    for (const spelling of [entry.name, ...(entry.aliases ?? [])]) {
      const key = nameKey(spelling);
      bySpelling.set(key, fix);
      if (key.includes(" ")) names.add(key, true);
    }
  }
  const apart = new Set<string>();
  for (const group of file.keep_apart ?? []) {
    for (const a of group) for (const b of group) if (a !== b) apart.add(pairKey(nameKey(a), nameKey(b)));
  }
  return { bySpelling, apart, names };
}

/** A name in matching form with single spaces: the key spellings are compared by. */
export function nameKey(name: string): string {
  return foldArabic(name).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
