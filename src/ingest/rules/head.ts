import { agencyName } from "../agencies.ts";
import { parseDateline } from "../dateline.ts";
import { isCompiled, type Metadata } from "../metadata-line.ts";
import { matchKey, shortMatchKey } from "../match-key.ts";
import { readsAsHeadline } from "../title.ts";
import { adopt, edgeBlock, type IngestState } from "./state.ts";

/**
 * A headline has at least this many words; shorter headline-like lines above the story are a
 * site's tagline or a menu ("صحيفة العرب الأولى", "أخبار عربية ودولية") unless nothing
 * longer is there (then the one a byline, date or source line follows is the headline).
 */
const MIN_HEADLINE_WORDS = 4;
/** Headline-like lines under the headline that are read as its subtitle, with page lines between. */
const MAX_SUBTITLES = 1;
/**
 * A credit line above the story naming a place and an outlet this archive does not know:
 * "بروكسل - يورونيوز", "عمّان/ صحيفة الغد". Only its shape tells it, so only the top of a page reads it.
 */
const CREDIT_LINE = /^([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})\s*(?:[-–—]|\/)\s*([\p{L}\p{M}][\p{L}\p{M}\d.]*(?:\s+[\p{L}\p{M}\d.]+){0,2})$/u;

/**
 * The top of a page, up to the first story paragraph: breadcrumbs, taglines, counters and
 * section names are dropped, "source / date" lines are read and dropped, the headline is taken
 * (once) and a repeat of it dropped. Headline-like lines after the headline (a subtitle) stay.
 */
export function head(state: IngestState): void {
  const { blocks } = state;
  // A page whose only heading is its own name ("بوابة الأهرام") has not named its story.
  if (state.title !== undefined && agencyName(state.title, state.agencies)) delete state.title;
  const known = state.title;
  const repeatsKnown = known === undefined ? () => false : repeats(known);
  const candidates: number[] = [];
  let title: number | undefined;
  /** A short headline is told from a tagline by the byline, date or source line under it. */
  let creditedShort: number | undefined;
  let subtitles = 0;
  let story = 0;
  for (; story < blocks.length; story++) {
    const block = blocks[story]!;
    if (repeatsKnown(block)) continue;
    const edge = edgeBlock(block, state);
    if (edge || creditLine(block)) {
      if (edge?.kind !== "label" && edge?.kind !== "boilerplate") creditedShort ??= candidates.at(-1);
      continue;
    }
    if (known !== undefined || !isHeadline(block, state) || !storyFollows(state, story + 1)) break;
    if (title !== undefined && subtitles++ >= MAX_SUBTITLES) break;
    candidates.push(story);
    if (title === undefined && block.split(/\s+/, MIN_HEADLINE_WORDS).length >= MIN_HEADLINE_WORDS) title = story;
  }
  title ??= creditedShort ?? candidates[0];
  if (title !== undefined) state.title = blocks[title];
  const repeatsTitle = state.title === undefined ? () => false : repeats(state.title);
  // Before the headline everything is page; after it, headline-like lines are the story's subtitle.
  const kept = blocks.slice(0, story).filter((block, index) => {
    if (index === title) return false;
    if (repeatsTitle(block)) return false;
    const edge = edgeBlock(block, state);
    const credit = edge ? undefined : creditLine(block);
    if (edge?.kind === "metadata") adopt(state, edge.metadata);
    if (credit) adopt(state, credit);
    return !edge && !credit && title !== undefined && index > title;
  });
  blocks.splice(0, story, ...kept);
}

/** Whether a block is the headline again, however spelled; a long block is read only as far as it takes to tell. */
function repeats(headline: string): (block: string) => boolean {
  const key = matchKey(headline);
  const words = key === "" ? 0 : key.split(" ").length;
  return (block) => shortMatchKey(block, words) === key;
}

function creditLine(block: string): Metadata | undefined {
  const match = CREDIT_LINE.exec(block);
  if (!match) return undefined;
  // "سلوى سعد – متابعات": a byline over a compiled story names no place and no outlet
  if (isCompiled(match[2]!)) return {};
  return { place: match[1]!, source: match[2]! };
}

function isHeadline(block: string, state: IngestState): boolean {
  return readsAsHeadline(block) && !parseDateline(block, state.agencies);
}

function storyFollows(state: IngestState, from: number): boolean {
  return state.blocks.slice(from).some((block) => !edgeBlock(block, state));
}
