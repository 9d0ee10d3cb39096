import { isBoilerplate, isListHeading } from "../boilerplate.ts";
import { adopt, edgeBlock, listedHeadline, type IngestState } from "./state.ts";

/**
 * The bottom of a page, after the last story paragraph: prompts, widgets and labels dropped,
 * "source" lines read, and a list of other stories' headlines under a furniture line ("اقرأ أيضا",
 * "أخبار ذات صلة", the `headings` of boilerplate.yaml) dropped with it.
 */
export function tail(state: IngestState): void {
  let end = state.blocks.length;
  for (;;) {
    end = edgeStart(state, end);
    const list = headlineListStart(state, end);
    if (list === end || list === 0 || !isListHeading(state.blocks[list - 1]!, state.boilerplate)) break;
    end = list - 1;
  }
  state.blocks.splice(end);
}

/** Where the run of boilerplate and metadata blocks ending at `end` starts. */
function edgeStart(state: IngestState, end: number): number {
  for (; end > 0; end--) {
    const edge = edgeBlock(state.blocks[end - 1]!, state);
    if (!edge) break;
    if (edge.kind === "metadata") adopt(state, edge.metadata);
  }
  return end;
}

function headlineListStart(state: IngestState, end: number): number {
  let start = end;
  const listed = (block: string) => listedHeadline(block) && !isBoilerplate(block, state.boilerplate);
  while (start > 0 && listed(state.blocks[start - 1]!)) start--;
  return start;
}
