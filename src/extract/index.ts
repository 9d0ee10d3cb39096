import type { ArticleRecord, Draft, Official, Problem } from "../record.ts";
import { EARLIEST_YEAR, frontMatterWarning, LATEST_YEAR, mentionedDate } from "../record-values.ts";
import type { Knowledge } from "./knowledge.ts";
import { isCountryCode } from "./countries.ts";
import { createState, type ExtractState } from "./state.ts";
import { runSteps } from "./pipeline.ts";

/**
 * A Draft's record: countries, officials, dates and topics understood from its text. Pure.
 * A value a person set in the front matter wins over extraction for that key (title, date and
 * source did already, in ingest), once it is checked: what is not a valid value is left out and
 * said in `problems`.
 */
export function extractRecord(draft: Draft, knowledge: Knowledge, problems: Problem[] = []): Omit<ArticleRecord, "id"> {
  const state = runSteps(createState(draft, knowledge));
  const topics = topicsByLowerCase(knowledge);
  const given = <T>(key: keyof typeof ACCEPTED, read: ItemReader<T>) =>
    givenList(draft.frontMatter[key], read, (value) => problems.push(frontMatterWarning(draft.file, key, value, ACCEPTED[key])));
  return {
    file: draft.file,
    title: draft.title,
    ...optional("date", draft.date),
    ...optional("source", draft.source),
    ...optional("place", draft.place),
    paragraphs: draft.paragraphs,
    countries: given("countries", countryCode) ?? state.countries,
    officials: given("officials", officialOf) ?? extractedOfficials(state),
    dates: given("dates", mentionedDate) ?? state.dates,
    topics: given("topics", (id) => (typeof id === "string" ? topics.get(id.trim().toLowerCase()) : undefined)) ?? state.topics,
  };
}

const COUNTRY_CODES = "ISO 3166-1 alpha-2 country codes such as KW or CN";
const ACCEPTED = {
  countries: `${COUNTRY_CODES}, as a list or a single code`,
  officials: `names, or entries {name, role, country} whose country is one of the ${COUNTRY_CODES}`,
  dates: `real calendar dates from ${EARLIEST_YEAR} to ${LATEST_YEAR} as YYYY-MM-DD, YYYY-MM or YYYY`,
  topics: "the topic ids of the taxonomy (topics.yaml)",
};

/** One item of a list in valid form, or undefined; `reject` reports a part of it that was left out. */
type ItemReader<T> = (item: unknown, reject: (value: unknown) => void) => T | undefined;

/**
 * The valid items of a list the person set, without repeats; a single value counts as a list
 * of one. Undefined when the key is not set, or when none of its values was valid, so that
 * extraction fills it; an empty list is the person saying "none".
 */
function givenList<T>(given: unknown, read: ItemReader<T>, reject: (value: unknown) => void): T[] | undefined {
  if (given === undefined || given === null) return undefined;
  const items = Array.isArray(given) ? given : [given];
  const kept = new Map<string, T>();
  for (const item of items) {
    const value = read(item, reject);
    if (value === undefined) reject(item);
    else kept.set(JSON.stringify(value), value);
  }
  return kept.size === 0 && items.length > 0 ? undefined : [...kept.values()];
}

function topicsByLowerCase(knowledge: Knowledge): Map<string, string> {
  return new Map(knowledge.topics.topics.map(({ id }) => [id.toLowerCase(), id]));
}

function countryCode(value: unknown): string | undefined {
  const code = typeof value === "string" ? value.trim().toUpperCase() : undefined;
  return code && /^[A-Z]{2}$/.test(code) && isCountryCode(code) ? code : undefined;
}

/** A person the front matter names; a country that is no code is left out of the entry, and reported. */
function officialOf(entry: unknown, reject: (value: unknown) => void): Official | undefined {
  const { name, role, country } = typeof entry === "object" && entry !== null ? (entry as Record<string, unknown>) : { name: entry };
  const official = stringOf(name);
  if (official === undefined || !/\p{L}/u.test(official)) return undefined;
  const code = countryCode(country);
  if (country !== undefined && country !== null && code === undefined) reject(country);
  return { name: official, ...optional("role", stringOf(role)), ...optional("country", code) };
}

function extractedOfficials(state: ExtractState): Official[] {
  return state.officials.map(({ name, role, country, countryInferred, spans }) => ({
    name,
    ...optional("role", role),
    ...optional("country", country),
    ...optional("countryInferred", countryInferred),
    mentions: spans.length,
  }));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
