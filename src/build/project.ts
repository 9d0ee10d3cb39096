import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SettingsError, type Settings } from "../config/settings.ts";
import { loadKnowledge, type Knowledge } from "../extract/knowledge.ts";
import { nameKey } from "../extract/officials/fixes.ts";
import { combineBoilerplateRules, defaultBoilerplateRules, loadBoilerplateRules } from "../ingest/boilerplate.ts";
import { combineAgencies, defaultAgencies, loadAgencies } from "../ingest/agencies.ts";
import type { IngestOptions } from "../ingest/index.ts";
import { slugOf } from "../ingest/slug.ts";
import type { ArchiveNaming } from "../archive/index.ts";
import { recordCache } from "./record-cache.ts";
import { loadArchive, type LoadedArchive, type LoadOptions } from "./load-archive.ts";

/** The archive of a project as its settings describe it: the adapter between files and the pure core. */
export async function loadProjectArchive(settings: Settings, onProgress?: LoadOptions["onProgress"]): Promise<LoadedArchive> {
  const knowledge = loadKnowledge(settings.dataDir);
  const options: LoadOptions = {
    dataDir: settings.dataDir,
    ingest: ingestOptions(settings.dataDir),
    cache: recordCache(settings.cacheDir, settings.articlesDir, settings.dataDir),
  };
  if (onProgress) options.onProgress = onProgress;
  return loadArchive(settings.articlesDir, knowledge, archiveNaming(knowledge), options);
}

/** The shipped ingest rules, extended by the user's boilerplate.yaml and agencies.yaml where they exist. */
export function ingestOptions(dataDir: string | undefined): IngestOptions {
  const boilerplate = userDataFile(dataDir, "boilerplate.yaml", loadBoilerplateRules);
  const agencies = userDataFile(dataDir, "agencies.yaml", loadAgencies);
  return {
    boilerplate: boilerplate ? combineBoilerplateRules(defaultBoilerplateRules(), boilerplate) : defaultBoilerplateRules(),
    agencies: agencies ? combineAgencies(defaultAgencies(), agencies) : defaultAgencies(),
  };
}

function userDataFile<T>(dataDir: string | undefined, name: string, parse: (text: string) => T): T | undefined {
  const file = dataDir && path.join(dataDir, name);
  if (!file || !existsSync(file)) return undefined;
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SettingsError(`${file}: ${(error as Error).message}. Fix the file, or move it out of the data folder to use the shipped rules alone.`);
  }
}

export function archiveNaming(knowledge: Knowledge): ArchiveNaming {
  return {
    countryName: (code) => knowledge.countryName(code),
    topicLabel: (id) => knowledge.topicLabel(id),
    officialSlug: (official) => slugOf(official.name),
    isListedOfficial: (name) => knowledge.officials.bySpelling.has(nameKey(name)),
  };
}
