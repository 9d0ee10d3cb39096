import type { ArticleToken, Span } from "../state.ts";
import type { DateKnowledge } from "./knowledge.ts";

/** One date expression found in the text, as complete as the text makes it. */
export interface ParsedDate extends Span {
  calendar: "gregorian" | "hijri";
  year?: number;
  month?: number;
  day?: number;
  /** For a weekday said relative to the story's own date ("اليوم الأحد"): 0 = Sunday. */
  weekday?: number;
  /** Whether a weekday is the coming one ("الأحد المقبل") or the last one up to the stated date. */
  ahead?: boolean;
}

export interface DateContext {
  tokens: readonly ArticleToken[];
  knowledge: DateKnowledge;
  /** The article's publication date as stated (draft date), YYYY-MM-DD…, when there is one. */
  statedDate?: string;
  /** Indices of the tokens a date can be built around: numbers and calendar words, in order. */
  anchors: readonly number[];
}

/** A parser finds one family of date expressions (chrono's design): each has its own tests. */
export type DateParser = (ctx: DateContext) => ParsedDate[];

/** A refiner merges, completes or drops what the parsers found. */
export type DateRefiner = (dates: ParsedDate[], ctx: DateContext) => ParsedDate[];
