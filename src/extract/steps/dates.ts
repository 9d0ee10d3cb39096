import { dateContext, findDates } from "../dates/index.ts";
import type { ExtractState } from "../state.ts";

/** Step "dates": explicit calendar dates, relative ones anchored to the story's stated date. */
export function dates(state: ExtractState): void {
  state.dates = findDates(dateContext(state.tokens, state.knowledge.dates, state.draft.date));
}
