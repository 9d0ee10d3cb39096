import type { Agencies } from "../agencies.ts";
import type { BoilerplateRules } from "../boilerplate.ts";
import { isBoilerplate } from "../boilerplate.ts";
import { parseMetadataLine, type Metadata } from "../metadata-line.ts";

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
 * No story paragraph is two words long: such a line at the edge names a site or a section
 * ("الجزيرة نت", "عربي ودولي") or closes agency copy ("(النهاية)", "ع ق").
 */
const MAX_LABEL_WORDS = 2;

export function edgeBlock(block: string, state: IngestState): EdgeBlock | undefined {
  if (isBoilerplate(block, state.boilerplate)) return { kind: "boilerplate" };
  const metadata = parseMetadataLine(block, state.agencies);
  if (metadata) return { kind: "metadata", metadata };
  return block.split(" ").length <= MAX_LABEL_WORDS ? { kind: "label" } : undefined;
}
