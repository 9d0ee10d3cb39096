import type { ArticleRecord, Draft, Official } from "../record.ts";
import type { Knowledge } from "./knowledge.ts";
import { createState, type ExtractState } from "./state.ts";
import { runSteps } from "./pipeline.ts";

/**
 * A Draft's record: countries, officials, dates and topics understood from its text. Pure.
 * A value a person set in the front matter (countries, officials, dates, topics, title, date,
 * source) wins over extraction for that key.
 */
export function extractRecord(draft: Draft, knowledge: Knowledge): Omit<ArticleRecord, "id"> {
  const state = runSteps(createState(draft, knowledge));
  const fm = draft.frontMatter;
  return {
    file: draft.file,
    title: stringOf(fm.title) ?? draft.title,
    ...optional("date", dateOf(fm.date) ?? draft.date),
    ...optional("source", stringOf(fm.source) ?? draft.source),
    ...optional("place", draft.place),
    paragraphs: draft.paragraphs,
    countries: listOf(fm.countries)?.map((code) => code.toUpperCase()) ?? state.countries,
    officials: officialsOf(fm.officials) ?? extractedOfficials(state),
    dates: listOf(fm.dates, dateOf) ?? state.dates,
    topics: listOf(fm.topics) ?? state.topics,
  };
}

function extractedOfficials(state: ExtractState): Official[] {
  return state.officials.map(({ name, role, country, spans }) => ({
    name,
    ...optional("role", role),
    ...optional("country", country),
    mentions: spans.length,
  }));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** YAML reads 2024-12-02 as a Date; the record keeps ISO text. */
function dateOf(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof value === "number") return String(value);
  return stringOf(value);
}

function listOf(value: unknown, item: (v: unknown) => string | undefined = stringOf): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map(item).filter((v): v is string => v !== undefined);
}

function officialsOf(value: unknown): Official[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry): Official[] => {
    if (typeof entry === "string") return [{ name: entry }];
    if (typeof entry !== "object" || entry === null || typeof (entry as Official).name !== "string") return [];
    const { name, role, country } = entry as Official;
    return [{ name, ...optional("role", stringOf(role)), ...optional("country", stringOf(country)?.toUpperCase()) }];
  });
}
