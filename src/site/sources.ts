/** The sources of data/sources.yaml, extended by the user's own sources.yaml where there is one. */
import { parseSources, type SourceInfo } from "../archive/sources.ts";
import { entriesWithIds } from "./data-files.ts";

export function sourcesData(dataDir: string | undefined): SourceInfo[] {
  return entriesWithIds("sources.yaml", dataDir, parseSources, "also");
}
