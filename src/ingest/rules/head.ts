import { parseDateline } from "../dateline.ts";
import { matchKey } from "../match-key.ts";
import { readsAsHeadline } from "../title.ts";
import { adopt, edgeBlock, type IngestState } from "./state.ts";

/**
 * The top of a page, up to the first story paragraph: breadcrumbs, taglines, counters and
 * section names are dropped, "source / date" lines are read and dropped, the headline is taken (once) and a
 * repeat of it dropped.
 */
export function head(state: IngestState): void {
  let start = 0;
  for (; start < state.blocks.length; start++) {
    const block = state.blocks[start]!;
    if (state.title !== undefined && matchKey(block) === matchKey(state.title)) continue;
    const edge = edgeBlock(block, state);
    if (edge?.kind === "metadata") adopt(state, edge.metadata);
    if (edge) continue;
    if (state.title === undefined && isHeadline(block, state) && storyFollows(state, start + 1)) {
      state.title = block;
      continue;
    }
    break;
  }
  state.blocks.splice(0, start);
}

function isHeadline(block: string, state: IngestState): boolean {
  return readsAsHeadline(block) && !parseDateline(block, state.agencies);
}

function storyFollows(state: IngestState, from: number): boolean {
  return state.blocks.slice(from).some((block) => !edgeBlock(block, state));
}
