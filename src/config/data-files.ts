/**
 * Data files of lists of entries with ids (sources.yaml, role-kinds.yaml): the shipped file,
 * extended by the file of the same name in the user's data folder, where an entry whose id
 * is shipped changes its single values and adds to its list.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SettingsError } from "./settings.ts";

const SHIPPED_DATA = new URL("../../data/", import.meta.url);
const shipped = new Map<string, unknown[]>();

export function entriesWithIds<T extends { id: string }>(name: string, dataDir: string | undefined, parse: (text: string) => T[], listKey: keyof T): T[] {
  if (!shipped.has(name)) shipped.set(name, parse(readFileSync(new URL(name, SHIPPED_DATA), "utf8")));
  const own = shipped.get(name) as T[];
  const file = dataDir && path.join(dataDir, name);
  if (!file || !existsSync(file)) return own;
  let theirs: T[];
  try {
    theirs = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SettingsError(`${file}: ${(error as Error).message}. Fix the file, or move it out of the data folder to use the shipped one alone.`);
  }
  return mergeById([own, theirs], listKey);
}

/** The entries of several lists as one: an entry whose id came before takes the later values and adds to its list. */
export function mergeById<T extends { id: string }>(lists: T[][], listKey: keyof T): T[] {
  const byId = new Map<string, T>();
  for (const entry of lists.flat()) {
    const known = byId.get(entry.id);
    byId.set(entry.id, known ? { ...known, ...entry, [listKey]: [...(known[listKey] as unknown[]), ...(entry[listKey] as unknown[])] } : entry);
  }
  return [...byId.values()];
}
