import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Settings } from "../config/settings.ts";
import { loadKnowledge, type Knowledge } from "../extract/knowledge.ts";
import { countryName } from "../extract/countries.ts";
import { defaultBoilerplateRules, loadBoilerplateRules } from "../ingest/boilerplate.ts";
import { articleId } from "../ingest/slug.ts";
import type { ArchiveNaming } from "../archive/index.ts";
import { loadArchive, type LoadedArchive } from "./load-archive.ts";

/** The archive of a project as its settings describe it: the adapter between files and the pure core. */
export async function loadProjectArchive(settings: Settings): Promise<LoadedArchive> {
  const knowledge = loadKnowledge(settings.dataDir);
  return loadArchive(settings.articlesDir, knowledge, archiveNaming(knowledge), {
    boilerplate: boilerplateRules(settings.dataDir),
  });
}

function boilerplateRules(dataDir: string | undefined) {
  const userFile = dataDir && path.join(dataDir, "boilerplate.yaml");
  return userFile && existsSync(userFile) ? loadBoilerplateRules(readFileSync(userFile, "utf8")) : defaultBoilerplateRules();
}

export function archiveNaming(knowledge: Knowledge): ArchiveNaming {
  return {
    countryName,
    topicLabel: (id) => knowledge.topicLabel(id),
    officialSlug: (official) => articleId(official.name),
  };
}
