/**
 * Title, date, source and place as the front matter states them: they win over what the
 * text suggests (a person wrote them, or annotate did and the text no longer shows them).
 */
import type { Problem } from "../record.ts";
import { findDate } from "./date-expression.ts";
import type { FrontMatter } from "./front-matter.ts";

export interface FrontMatterFacts {
  title?: string;
  date?: string;
  source?: string;
  place?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;

export function frontMatterFacts(frontMatter: FrontMatter, file: string, problems: Problem[]): FrontMatterFacts {
  const facts: FrontMatterFacts = {};
  for (const key of ["title", "source", "place"] as const) {
    const value = frontMatter[key];
    if (typeof value === "string" && value.trim()) facts[key] = value.trim();
  }
  const date = frontMatter.date;
  if (date === undefined || date === null || date === "") return facts;
  const written = String(date).trim();
  const iso = ISO_DATE.exec(written)?.[0] ?? findDate(written)?.iso;
  if (iso) facts.date = iso;
  else {
    problems.push({
      file,
      severity: "warning",
      message: `front matter date ${JSON.stringify(written)} is not a date; it was ignored`,
      hint: "Write it as YYYY-MM-DD (or YYYY-MM-DDTHH:mm).",
    });
  }
  return facts;
}
