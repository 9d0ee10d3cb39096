import { parseDateline } from "../dateline.ts";
import { deriveTitle } from "../title.ts";
import type { IngestState } from "./state.ts";

/** No headline line: cut one from the first sentence of the story, after its dateline. */
export function derivedTitle(state: IngestState): void {
  const first = state.blocks[0];
  if (state.title !== undefined || first === undefined) return;
  const story = first.slice(parseDateline(first, state.agencies)?.length ?? 0);
  state.title = deriveTitle(story.trim() ? story : first);
  state.titleDerived = true;
}
