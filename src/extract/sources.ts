/**
 * The outlets and agencies articles come from (data/sources.yaml): what a record's source, as
 * written (an id such as "skynews", an agency's name such as كونا, a web address), stands for.
 */
import yaml from "js-yaml";
import { entriesWithIds } from "../config/data-files.ts";
import { matchKey } from "../ingest/match-key.ts";

/** A source as the data file describes it. */
export interface SourceInfo {
  id: string;
  /** The Arabic name pages show. */
  name: string;
  full?: string;
  /** Other ids, names, spellings and web domains that stand for it. */
  also: string[];
  /** Where it is published: an official its stories name without a country is taken to be this country's. */
  country?: string;
}

const ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const ISO_CODE = /^[A-Za-z]{2}$/;

/** The entries of a sources.yaml; throws, saying which entry and why, on anything else. */
export function parseSources(text: string): SourceInfo[] {
  const data = (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as { sources?: unknown };
  if (typeof data !== "object" || Array.isArray(data) || !Array.isArray(data.sources ?? [])) {
    throw new Error('sources: the file must hold "sources:", a list of {id, name, full, also}');
  }
  return ((data.sources ?? []) as unknown[]).map((entry) => {
    const { id, name, full, also = [], country } = (entry ?? {}) as Record<string, unknown>;
    const valid = typeof id === "string" && ID.test(id) && typeof name === "string" && name.trim() !== ""
      && (full === undefined || typeof full === "string") && Array.isArray(also) && also.every((a) => typeof a === "string" || typeof a === "number")
      && (country === undefined || (typeof country === "string" && ISO_CODE.test(country)));
    if (!valid) throw new Error(`sources: ${JSON.stringify(entry)} needs an "id" of lower-case Latin letters, digits and "-", a "name", an optional "full" name, an optional list "also" and an optional "country" (an ISO code such as SA)`);
    return {
      id,
      name: name.trim(),
      ...(typeof full === "string" && full.trim() && { full: full.trim() }),
      also: (also as unknown[]).map(String),
      ...(typeof country === "string" && { country: country.toUpperCase() }),
    };
  });
}

/** The source a written source stands for, if the data files list it. */
export function sourceResolver(list: readonly SourceInfo[]): (written: string) => SourceInfo | undefined {
  const byKey = new Map<string, SourceInfo>();
  for (const info of list) for (const spelling of [info.id, info.name, ...info.also]) byKey.set(compactKey(spelling), info);
  return (written) => {
    for (const key of writtenKeys(written)) {
      const info = byKey.get(key);
      if (info) return info;
    }
    return undefined;
  };
}

/** Lower case, no diacritics, punctuation or spaces: "Sky News" and "skynews" meet, and so do "الشَّرق الأوسط" and "الشرق الاوسط". */
export function compactKey(text: string): string {
  return matchKey(text).replace(/ /g, "");
}

/** The text itself, and when it is a web address, its host and the host's parent domains (arabic.cnn.com → cnn.com). */
function writtenKeys(written: string): string[] {
  const host = /^\s*(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?\s*$/i.exec(written)?.[1]?.toLowerCase();
  const keys = [compactKey(written)];
  if (host) {
    const labels = host.split(".");
    for (let i = 0; i < labels.length - 1; i++) keys.push(compactKey(labels.slice(i).join(".")));
  }
  return keys;
}

/** The sources of data/sources.yaml, extended by the user's own sources.yaml where there is one. */
export function sourcesData(dataDir: string | undefined): SourceInfo[] {
  return entriesWithIds("sources.yaml", dataDir, parseSources, "also");
}
