/** The seven forms in which bench/search-quality.ts asks for each target: how readers misspell and decorate words. */

export const FORMS = ["as written", "with a clitic", "ة/ه swapped", "hamza dropped", "tashkeel added", "tatweel inserted", "letter missing"] as const;
export type Form = (typeof FORMS)[number];

const HAMZA_DROPPED: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ي", "ء": "" };
const TASHKEEL = ["\u064e", "\u064f", "\u0650", "\u0652", "\u0651"];
/** Letters that never join the letter after them: tatweel cannot follow them. */
const NON_JOINING = new Set([..."اأإآدذرزوؤةءى"]);
const TATWEEL = "\u0640";
const LETTER = /\p{L}/u;

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** The query with word `i` replaced, or undefined when `change` cannot apply to any word. */
function changeOneWord(words: string[], random: Random, change: (word: string) => string | undefined): string | undefined {
  const changed = words.map(change);
  const candidates = changed.map((word, i) => (word !== undefined && word !== words[i] ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return undefined;
  const chosen = pick(candidates, random);
  return words.map((word, i) => (i === chosen ? changed[i]! : word)).join(" ");
}

/** A proclitic in the order Arabic writes them: و before ب or ل, nothing before a word that may already begin with و or ف. */
function withClitic(word: string, random: Random): string | undefined {
  if (/^[وف]/u.test(word)) return undefined;
  if (/^[بل]/u.test(word)) return `و${word}`;
  if (word.startsWith("ال")) return pick([`و${word}`, `ب${word}`, `ل${word.slice(1)}`], random);
  return pick([`و${word}`, `ب${word}`, `ل${word}`], random);
}

function tehMarbutaSwapped(word: string): string | undefined {
  if (word.includes("ة")) return word.replace(/ة(?!.*ة)/u, "ه");
  return /ه$/u.test(word) ? word.slice(0, -1) + "ة" : undefined;
}

function hamzaDropped(word: string): string | undefined {
  return /[أإآؤئء]/u.test(word) ? [...word].map((char) => HAMZA_DROPPED[char] ?? char).join("") : undefined;
}

function withTashkeel(word: string, random: Random): string {
  return [...word].map((char) => (LETTER.test(char) && random() < 0.6 ? char + pick(TASHKEEL, random) : char)).join("");
}

function withTatweel(word: string, random: Random): string | undefined {
  const chars = [...word];
  const joins = chars.map((char, i) => i < chars.length - 1 && !NON_JOINING.has(char) && LETTER.test(chars[i + 1]!)).map((joining, i) => (joining ? i : -1)).filter((i) => i >= 0);
  if (joins.length === 0) return undefined;
  const at = pick(joins, random);
  return [...chars.slice(0, at + 1), TATWEEL, ...chars.slice(at + 1)].join("");
}

/** One letter left out, anywhere in the word, the first included; the word keeps three letters at least. */
function letterMissing(word: string, random: Random): string | undefined {
  const chars = [...word];
  const letters = chars.map((char, i) => (LETTER.test(char) ? i : -1)).filter((i) => i >= 0);
  if (letters.length < 4) return undefined;
  const at = pick(letters, random);
  return [...chars.slice(0, at), ...chars.slice(at + 1)].join("");
}

/** The query of each form for these headline words, or undefined when one of the forms cannot be made from them. */
export function queryForms(words: string[], random: Random): Record<Form, string> | undefined {
  const forms: Record<Form, string | undefined> = {
    "as written": words.join(" "),
    "with a clitic": changeOneWord(words, random, (word) => withClitic(word, random)),
    "ة/ه swapped": changeOneWord(words, random, tehMarbutaSwapped),
    "hamza dropped": changeOneWord(words, random, hamzaDropped),
    "tashkeel added": words.map((word) => withTashkeel(word, random)).join(" "),
    "tatweel inserted": changeOneWord(words, random, (word) => withTatweel(word, random)),
    "letter missing": changeOneWord(words, random, (word) => letterMissing(word, random)),
  };
  return Object.values(forms).every((query) => query !== undefined) ? (forms as Record<Form, string>) : undefined;
}
