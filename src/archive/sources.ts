/** The sources of an archive (data/sources.yaml, src/extract/sources.ts), each with its articles and an address of its own. */
import type { ArticleRecord } from "../record.ts";
import { compactKey, type SourceInfo } from "../extract/sources.ts";
import { uniqueSlugs } from "./slugs.ts";

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
