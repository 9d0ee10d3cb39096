import type { Draft, Official } from "../record.ts";
import type { Token } from "../text/normalize.ts";
import type { Knowledge } from "./knowledge.ts";
import type { WordFacts } from "./lexicon.ts";

/** A token of the article, with where it stands and every reading of its matching form. */
export interface ArticleToken extends Token {
  /** 0 is the title, 1… the paragraphs. */
  segment: number;
  readings: readonly string[];
  facts?: WordFacts;
  /** Carries the article as written (إلهام does not, though its folded form begins with ال). */
  definite: boolean;
}

export interface Span {
  start: number;
  /** Index just after the last token. */
  end: number;
}

export interface CountryMention extends Span {
  code: string;
  /** An adjective or people (الصيني، الأفغان) rather than the country's name. */
  demonym: boolean;
}

export interface OfficialMention extends Official {
  /** Where the name stands, one span per mention (short ones such as "وقال وانغ" included). */
  spans: Span[];
}

/** The shared state the extraction steps read and add to, in pipeline order. */
export interface ExtractState {
  readonly draft: Draft;
  readonly knowledge: Knowledge;
  tokens: ArticleToken[];
  countryMentions: CountryMention[];
  /** Phrases that look like a country but are not one (منظمة شانغهاي للتعاون). */
  notCountrySpans: Span[];
  officials: OfficialMention[];
  countries: string[];
  dates: string[];
  topics: string[];
}

export function createState(draft: Draft, knowledge: Knowledge): ExtractState {
  return {
    draft,
    knowledge,
    tokens: [],
    countryMentions: [],
    notCountrySpans: [],
    officials: [],
    countries: [],
    dates: [],
    topics: [],
  };
}

export function isBoundary(token: ArticleToken | undefined): boolean {
  return !token || token.kind === "punct";
}
