import { numberAt } from "../read.ts";
import type { DateContext, ParsedDate } from "../types.ts";

const YEAR = { min: 1900, max: 2100 };

const LIST_JOINERS = new Set(["و", "-", "–", "الي", "حتي", "او"]);

/** "بين عامي 2020 و2022", "2019-2021": a year right after another year and a joiner. */
function continuesYears(ctx: DateContext, found: ParsedDate[], i: number): boolean {
  const joiner = ctx.tokens[i - 1];
  return joiner !== undefined && LIST_JOINERS.has(joiner.folded) && found.at(-1)?.end === i - 1;
}

/**
 * A year on its own: after a cue ("عام 2023", "في 2020", "منذ 2014") or with a marker
 * ("2024م"). A four-digit number without either is not a year: "رؤية الكويت 2035".
 */
export function year(ctx: DateContext): ParsedDate[] {
  const { yearCues, gregorianMarkers, hijriMarkers } = ctx.knowledge;
  const found: ParsedDate[] = [];
  ctx.anchors.forEach((i) => {
    const value = numberAt(ctx, i, YEAR.min, YEAR.max, 4);
    if (!value) return;
    const previous = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    if (next && hijriMarkers.hasReading(next)) return;
    const marked = next !== undefined && gregorianMarkers.hasReading(next);
    const cued = (previous !== undefined && yearCues.hasReading(previous)) || continuesYears(ctx, found, i);
    if (marked || cued) found.push({ calendar: "gregorian", start: cued ? i - 1 : i, end: marked ? i + 2 : i + 1, year: value.value });
  });
  return found;
}
