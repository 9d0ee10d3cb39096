import type { Agencies } from "../agencies.ts";
import type { BoilerplateRules } from "../boilerplate.ts";
import { agencyName } from "../agencies.ts";
import { isBoilerplate } from "../boilerplate.ts";
import { isCaption } from "../caption.ts";
import { parseMetadataLine, type Metadata } from "../metadata-line.ts";
import { readsAsHeadline } from "../title.ts";
import { remembered } from "../remembered.ts";

/** What the rules of the ingest pipeline share and refine, one rule after another. */
export interface IngestState {
  /** The document's blocks; rules remove those that are not story paragraphs. */
  blocks: string[];
  title?: string;
  titleDerived: boolean;
  date?: string;
  source?: string;
  place?: string;
  readonly boilerplate: BoilerplateRules;
  readonly agencies: Agencies;
  /**
   * What each distinct block was found to be: rules ask again about the same blocks (the top
   * and the bottom of a page, a page's repeated lines), and a block's kind depends only on
   * its text and the rules.
   */
  readonly kinds: { edge: Map<string, EdgeBlock | null>; furniture: Map<string, boolean> };
}

export type Rule = (state: IngestState) => void;

/** Facts found later never replace facts found earlier: rules run in order of authority. */
export function adopt(state: IngestState, facts: Metadata): void {
  state.date ??= facts.date;
  state.source ??= facts.source;
  state.place ??= facts.place;
}

/** What a block at the edge of a story is, when it is not story. */
export type EdgeBlock = { kind: "boilerplate" } | { kind: "metadata"; metadata: Metadata } | { kind: "label" };

/**
 * No story paragraph is two words long unless it is a sentence («لن نتراجع».): such a line at
 * the edge names a site, a section or a tag ("الجزيرة نت", "عربي ودولي") or closes agency
 * copy ("(النهاية)", "ع ق").
 */
const MAX_LABEL_WORDS = 2;
const CLOSED_SENTENCE = /[.!?؟…][»"”')]*$/u;

export function edgeBlock(block: string, state: IngestState): EdgeBlock | undefined {
  return remembered(state.kinds.edge, block, () => readEdgeBlock(block, state) ?? null) ?? undefined;
}

function readEdgeBlock(block: string, state: IngestState): EdgeBlock | undefined {
  const metadata = parseMetadataLine(block, state.agencies);
  if (metadata) return { kind: "metadata", metadata };
  if (isBoilerplate(block, state.boilerplate) || isCaption(block, state.agencies)) return { kind: "boilerplate" };
  // A line that only names an outlet, maybe with a section or tagline, is the site's banner: not
  // the headline, and not the story's source ("بوابة الأهرام", "الجزيرة نت | أخبار").
  if (siteBanner(block, state)) return { kind: "label" };
  return block.split(" ", MAX_LABEL_WORDS + 1).length <= MAX_LABEL_WORDS && !CLOSED_SENTENCE.test(block) ? { kind: "label" } : undefined;
}

/** A headline listed under "اقرأ أيضا" is short; a story paragraph left unpunctuated is longer. */
const MAX_LISTED_WORDS = 15;

/**
 * Words that carry a story on from one paragraph to the next and that no headline opens
 * with: "وأضاف أن …", "وقال …", "من جهته، …", "كما …".
 */
const STORY_OPENER = new RegExp(
  "^(?:" +
    [
      "(?:و|ف)?(?:قال|قالت|أضاف|أضافت|تابع|تابعت|أكد|أكدت|أشار|أشارت|أوضح|أوضحت|لفت|لفتت|شدد|شددت|اعتبر|اعتبرت|ذكر|ذكرت|أفاد|أفادت|كان|كانت|جاء)",
      "و(?:في|من|على|إلى|مع|بعد|قبل|بحسب|وفق|يأتي|تأتي|هذا|هذه|ذلك|لم|لا)",
      "كما|لكن|بدوره|بدورها|من جهته|من جهتها|من جانبه|من جانبها|في المقابل|في غضون ذلك",
    ].join("|") +
    ")(?![\\p{L}])",
  "u",
);

/** A line that reads as another story's headline in a list of links. */
export function listedHeadline(block: string): boolean {
  return readsAsHeadline(block) && block.split(/\s+/, MAX_LISTED_WORDS + 1).length <= MAX_LISTED_WORDS && !STORY_OPENER.test(block);
}

/** A line that is never story text, wherever it stands (a bare agency name is a photo credit). */
export function furniture(block: string, state: IngestState): boolean {
  return remembered(state.kinds.furniture, block, () => isBoilerplate(block, state.boilerplate) || isCaption(block, state.agencies) || agencyName(block, state.agencies) !== undefined);
}

const BANNER_PARTS = /\s*[|｜]\s*|\s+[-–—]\s+/u;
const MAX_BANNER_WORDS = 8;

function siteBanner(block: string, state: IngestState): boolean {
  if (agencyName(block, state.agencies)) return true;
  if (block.split(/\s+/, MAX_BANNER_WORDS + 1).length > MAX_BANNER_WORDS || CLOSED_SENTENCE.test(block)) return false;
  const parts = block.split(BANNER_PARTS);
  return parts.length > 1 && parts.some((part) => agencyName(part, state.agencies) !== undefined);
}
