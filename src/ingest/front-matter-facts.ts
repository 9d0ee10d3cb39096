import { decodeHTML } from "entities";
/**
 * Title, date, source and place as the front matter states them: they win over what the
 * text suggests (a person wrote them, or annotate did and the text no longer shows them).
 */
import type { Problem } from "../record.ts";
import { EARLIEST_YEAR, frontMatterWarning, LATEST_YEAR, publicationDate } from "../record-values.ts";
import { findDate } from "./date-expression.ts";
import { frontMatterLine, type FrontMatter } from "./front-matter.ts";

export interface FrontMatterFacts {
  title?: string;
  date?: string;
  source?: string;
  place?: string;
}

export function frontMatterFacts(frontMatter: FrontMatter, file: string, problems: Problem[]): FrontMatterFacts {
  const facts: FrontMatterFacts = {};
  const read = (key: keyof FrontMatterFacts, accepted: string, valid: (value: unknown) => string | undefined) => {
    const value = frontMatter[key];
    if (value === undefined || value === null || value === "") return;
    const fact = valid(value);
    if (fact) facts[key] = fact;
    else problems.push(frontMatterWarning(file, key, value, accepted, frontMatterLine(frontMatter, key)));
  };
  for (const key of ["title", "source", "place"] as const) read(key, "a line of text", textOf);
  read("date", `a real calendar day from ${EARLIEST_YEAR} to ${LATEST_YEAR} as YYYY-MM-DD or YYYY-MM-DDTHH:mm`, statedDate);
  return facts;
}

/**
 * Text as YAML may type it: `title: 1984` is a number to YAML and a title to a person. Character
 * references are read as the characters they stand for: archives scraped from the web write
 * quotation marks in headlines as &quot; or &#8220;, which a reader should not see.
 */
function textOf(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? decodeHTML(String(value)).trim() || undefined : undefined;
}

/**
 * A publication date as a person or a page states it: ISO 8601, or in words ("2 ديسمبر 2024"),
 * held to the record's calendar and range either way.
 */
export function statedDate(value: unknown): string | undefined {
  return publicationDate(value) ?? (typeof value === "string" ? publicationDate(findDate(value)?.iso) : undefined);
}
