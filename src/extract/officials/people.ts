import type { OfficialMention, Span } from "../state.ts";
import { nameKey } from "./fixes.ts";

/**
 * The people one article names, in the order first named: one entry per name (compared in
 * matching form), found again by the name or by its first or last word alone.
 */
export class People {
  private readonly byKey = new Map<string, OfficialMention>();
  /** First or last word of a name → the first person named with it. */
  private readonly byEdgeWord = new Map<string, OfficialMention>();

  /** The person so named, new or named before, with this mention added. */
  add(name: string, span: Span, role: string, country: string | undefined): OfficialMention {
    const key = personKey(name);
    const known = this.byKey.get(key);
    if (known) {
      known.spans.push(span);
      known.country ??= country;
      return known;
    }
    const person: OfficialMention = { name, role, ...(country ? { country } : {}), spans: [span] };
    this.byKey.set(key, person);
    for (const word of edgeWords(key)) if (!this.byEdgeWord.has(word)) this.byEdgeWord.set(word, person);
    return person;
  }

  /** The first person whose name begins or ends with this word (وانغ، الناجم). */
  byWord(word: string): OfficialMention | undefined {
    return this.byEdgeWord.get(nameKey(word));
  }

  all(): OfficialMention[] {
    return [...this.byKey.values()];
  }
}

/**
 * A name in matching form with عبد and أبو joined to the word they open: "سلمان بن عبد العزيز"
 * and "سلمان بن عبدالعزيز" are one spelling.
 */
export function personKey(name: string): string {
  return nameKey(name).replace(/(^| )(عبد|ابو) (?=\S)/gu, "$1$2");
}

/** The first and the last word of a name in matching form. */
function edgeWords(key: string): Set<string> {
  const words = key.split(" ");
  return new Set([words[0]!, words.at(-1)!]);
}

/** Where the people with one word at an edge of their name are named, in text order. */
interface NamedWith {
  places: { start: number; person: OfficialMention }[];
  /** How many of the places lie before the token asked last. */
  passed: number;
}

/**
 * Who a lone word names ("وقال وانغ", "السفير الناجم"): the person named last before it whose
 * name begins or ends with it, or, before any such, the first one named after it. Asked in
 * text order, so that each answer takes a step or two, never a search.
 */
export class LoneWordReader {
  private readonly byWord = new Map<string, NamedWith>();

  constructor(people: readonly OfficialMention[]) {
    for (const person of people) {
      for (const word of edgeWords(nameKey(person.name))) {
        const named = this.byWord.get(word) ?? { places: [], passed: 0 };
        for (const span of person.spans) named.places.push({ start: span.start, person });
        this.byWord.set(word, named);
      }
    }
    for (const named of this.byWord.values()) named.places.sort((a, b) => a.start - b.start);
  }

  names(word: string): boolean {
    return this.byWord.has(word);
  }

  /** The first of a token's readings that names someone. */
  namedBy(readings: readonly string[]): string | undefined {
    for (let r = 0; r < readings.length; r++) if (this.byWord.has(readings[r]!)) return readings[r];
    return undefined;
  }

  /** The person the word at token i names; i never decreases from one call to the next. */
  personAt(word: string, i: number): OfficialMention | undefined {
    const named = this.byWord.get(word);
    if (!named) return undefined;
    while (named.passed < named.places.length && named.places[named.passed]!.start < i) named.passed++;
    return named.places[Math.max(0, named.passed - 1)]!.person;
  }
}
