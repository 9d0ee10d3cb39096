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
  let resumes: number[] | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!furniture(block, state)) {
      kept.push(block);
      continue;
    }
    if (!isListHeading(block, state.boilerplate)) continue;
    resumes ??= storyResumes(blocks, state);
    let listed = 0;
    while (i + 1 < blocks.length && listed < MAX_LISTED) {
      const next = blocks[i + 1]!;
      if (furniture(next, state)) i++;
      else if (listedHeadline(next) && (i + 2 >= blocks.length || resumes[i + 2]! < blocks.length)) {
        i++;
        listed++;
      } else break;
    }
  }
  state.blocks = kept;
}

/**
 * For each block, where the story goes on at or after it (blocks.length if it does not): a
 * list is followed by the story again, else it would be the tail's to drop.
 */
function storyResumes(blocks: string[], state: IngestState): number[] {
  const resumes = new Array<number>(blocks.length + 1);
  resumes[blocks.length] = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    resumes[i] = !furniture(block, state) && !listedHeadline(block) ? i : resumes[i + 1]!;
  }
  return resumes;
}
