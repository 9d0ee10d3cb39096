import type { ExtractState } from "./state.ts";
import { clean } from "./steps/clean.ts";
import { countries } from "./steps/countries.ts";
import { officials } from "./steps/officials.ts";
import { rankCountries } from "./steps/rank-countries.ts";
import { dates } from "./steps/dates.ts";
import { topics } from "./steps/topics.ts";

export interface Step {
  name: string;
  run(state: ExtractState): void;
}

/**
 * The extraction pipeline, in order (markdown-it's core rules are the model): each step reads
 * what earlier ones left in the state and adds its own part.
 */
export const STEPS: readonly Step[] = [
  { name: "clean", run: clean },
  { name: "countries", run: countries },
  { name: "topics", run: topics },
  { name: "officials", run: officials },
  { name: "rank-countries", run: rankCountries },
  { name: "dates", run: dates },
];

export function runSteps(state: ExtractState, steps: readonly Step[] = STEPS): ExtractState {
  for (const step of steps) step.run(state);
  return state;
}
