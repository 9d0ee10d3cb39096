import { firstBracketedAgency } from "../agencies.ts";
import type { IngestState } from "./state.ts";

/** An agency the story credits in brackets or quotes, as in "لوكالة الأنباء الكويتية (كونا)". */
export function bodySource(state: IngestState): void {
  for (const block of state.blocks) {
    if (state.source !== undefined) return;
    state.source = firstBracketedAgency(block, state.agencies);
  }
}
