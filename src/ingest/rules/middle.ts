import { isListHeading } from "../boilerplate.ts";
import { furniture, listedHeadline, type IngestState } from "./state.ts";

const MAX_LISTED = 8;

/**
 * Between the story's paragraphs: lines that are never story text (boilerplate rules, image
 * credits) are dropped, and so is a list of other stories' headlines under a list heading
 * ("اقرأ أيضا", "قد يهمك أيضا") up to the next story paragraph.
 */
export function middle(state: IngestState): void {
  const kept: string[] = [];
  const { blocks } = state;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!furniture(block, state)) {
      kept.push(block);
      continue;
    }
    if (!isListHeading(block, state.boilerplate)) continue;
    let listed = 0;
    while (i + 1 < blocks.length && listed < MAX_LISTED) {
      const next = blocks[i + 1]!;
      if (furniture(next, state)) i++;
      else if (listedHeadline(next) && storyAfter(blocks, i + 2, state)) {
        i++;
        listed++;
      } else break;
    }
  }
  state.blocks = kept;
}

/** A list is followed by the story again, else it would be the tail's to drop. */
function storyAfter(blocks: string[], from: number, state: IngestState): boolean {
  return blocks.slice(from).some((block) => !furniture(block, state) && !listedHeadline(block)) || from >= blocks.length;
}
