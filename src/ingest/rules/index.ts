/**
 * The ingest pipeline: named rules in order, each refining one shared state (as in
 * markdown-it's core rules). Earlier rules have more authority: what the page states around
 * its headline outranks the dateline, which outranks an agency credited in the text.
 */
import { bodySource } from "./body-source.ts";
import { dateline } from "./dateline.ts";
import { derivedTitle } from "./derived-title.ts";
import { head } from "./head.ts";
import { middle } from "./middle.ts";
import type { IngestState, Rule } from "./state.ts";
import { tail } from "./tail.ts";

export const RULES: readonly (readonly [name: string, rule: Rule])[] = [
  ["head", head],
  ["tail", tail],
  ["middle", middle],
  ["dateline", dateline],
  ["body-source", bodySource],
  ["derived-title", derivedTitle],
];

export function runRules(state: IngestState): IngestState {
  for (const [, rule] of RULES) rule(state);
  return state;
}

export type { IngestState, Rule } from "./state.ts";
