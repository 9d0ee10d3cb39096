/**
 * The outlets and agencies articles come from (data/sources.yaml): what a record's source, as
 * written (an id such as "skynews", an agency's name such as كونا, a web address), stands for,
 * and the sources of an archive, each with its articles and an address of its own.
 */
import yaml from "js-yaml";
import type { ArticleRecord } from "../record.ts";
import { matchKey } from "../ingest/match-key.ts";
import { uniqueSlugs } from "./slugs.ts";

/** A source as the data file describes it. */
export interface SourceInfo {
  id: string;
  /** The Arabic name pages show. */
  name: string;
  full?: string;
  /** Other ids, names, spellings and web domains that stand for it. */
  also: string[];
}

/** A source of the archive: one listed in the data files, or one only its articles name. */
export interface SourceEntry {
  /** Unique among sources: its page is /sources/<slug>/. */
  slug: string;
  name: string;
  full?: string;
  /** Newest first, as the archive's articles are. */
  articles: ArticleRecord[];
}

export interface ArchiveSources {
  /** The most articles first. */
  sources: SourceEntry[];
  /** Per source as records write it. */
  bySourceText: Readonly<Record<string, SourceEntry>>;
}

const ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** The entries of a sources.yaml; throws, saying which entry and why, on anything else. */
export function parseSources(text: string): SourceInfo[] {
  const data = (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as { sources?: unknown };
  if (typeof data !== "object" || Array.isArray(data) || !Array.isArray(data.sources ?? [])) {
    throw new Error('sources: the file must hold "sources:", a list of {id, name, full, also}');
  }
  return ((data.sources ?? []) as unknown[]).map((entry) => {
    const { id, name, full, also = [] } = (entry ?? {}) as Record<string, unknown>;
    const valid = typeof id === "string" && ID.test(id) && typeof name === "string" && name.trim() !== ""
      && (full === undefined || typeof full === "string") && Array.isArray(also) && also.every((a) => typeof a === "string" || typeof a === "number");
    if (!valid) throw new Error(`sources: ${JSON.stringify(entry)} needs an "id" of lower-case Latin letters, digits and "-", a "name", an optional "full" name and an optional list "also"`);
    return { id, name: name.trim(), ...(typeof full === "string" && full.trim() && { full: full.trim() }), also: (also as unknown[]).map(String) };
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
function compactKey(text: string): string {
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

/**
 * The archive's sources: the articles of each source, under the data files' name and id, or,
 * for a source they do not list, under its most frequent spelling. Spellings that differ only
 * in case, diacritics or spacing are one source.
 */
export function archiveSources(articles: readonly ArticleRecord[], resolve: (written: string) => SourceInfo | undefined): ArchiveSources {
  const groups = new Map<string, { info?: SourceInfo; spellings: Map<string, number>; articles: ArticleRecord[] }>();
  const groupOf = new Map<string, string>();
  for (const article of articles) {
    const written = article.source?.trim();
    if (!written) continue;
    let key = groupOf.get(article.source!);
    if (key === undefined) {
      const info = resolve(written);
      key = info ? `id ${info.id}` : `text ${compactKey(written) || written}`;
      groupOf.set(article.source!, key);
      if (!groups.has(key)) groups.set(key, { ...(info && { info }), spellings: new Map(), articles: [] });
    }
    const group = groups.get(key)!;
    group.articles.push(article);
    group.spellings.set(written, (group.spellings.get(written) ?? 0) + 1);
  }
  const keys = [...groups.keys()].sort();
  const slugs = uniqueSlugs(keys.map((key) => ({ key, slug: groups.get(key)!.info?.id ?? mostFrequent(groups.get(key)!.spellings) })));
  const entries = new Map(keys.map((key, i) => {
    const { info, spellings, articles: list } = groups.get(key)!;
    const entry: SourceEntry = { slug: slugs[i]!, name: info?.name ?? mostFrequent(spellings), ...(info?.full && { full: info.full }), articles: list };
    return [key, entry];
  }));
  const bySourceText: Record<string, SourceEntry> = Object.create(null);
  for (const [written, key] of groupOf) Object.defineProperty(bySourceText, written, { value: entries.get(key)!, enumerable: true });
  return {
    sources: [...entries.values()].sort((a, b) => b.articles.length - a.articles.length || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
    bySourceText: Object.freeze(bySourceText),
  };
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}
