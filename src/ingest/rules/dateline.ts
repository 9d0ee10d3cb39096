import { parseDateline } from "../dateline.ts";
import { adopt, type IngestState } from "./state.ts";

/** Place, date and agency from the dateline opening the story; the paragraph itself stays whole. */
export function dateline(state: IngestState): void {
  const first = state.blocks[0];
  const found = first && parseDateline(first, state.agencies);
  if (found) adopt(state, found);
}
