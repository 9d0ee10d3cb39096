import { rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { register as registerTypeScriptLoader } from "tsx/esm/api";
import type { Settings } from "../config/settings.ts";
import { SettingsError } from "../config/settings.ts";
import { PROJECT_ROOT, TEMPLATES_DIR, type SiteInput } from "../site/eleventy-site.ts";
import { indexSite } from "../search/index-site.ts";
import { loadProjectArchive } from "./project.ts";
import type { LoadReport } from "./load-archive.ts";

export const ELEVENTY_CONFIG = path.join(PROJECT_ROOT, "eleventy.config.ts");

export interface BuildResult {
  report: LoadReport;
  articles: number;
  pagesWritten: number;
  pagesIndexed: number;
}

/** articles/ → archive → pages (Eleventy) → search index (Pagefind), into settings.outputDir. */
export async function buildSite(settings: Settings): Promise<BuildResult> {
  const { archive, report } = await loadProjectArchive(settings);

  let started = performance.now();
  await clearOutput(settings);
  await forgetCompiledLayouts();
  const eleventy = createEleventy({ archive, settings });
  const [, pages] = await eleventy.write();
  report.timings.render = performance.now() - started;

  started = performance.now();
  const { pagesIndexed } = await indexSite(settings, archive);
  report.timings.search_index = performance.now() - started;

  return { report, articles: archive.articles.length, pagesWritten: pages.length, pagesIndexed };
}

let typeScriptLoaderRegistered = false;

/**
 * Eleventy 3.1 keeps compiled layouts in a process-wide cache that it clears only on file
 * changes, so a second build with other settings in one process would render its layouts
 * with the first build's filters (a stale path prefix). The cache module is not exported:
 * it is reached through the file beside Eleventy's entry point.
 */
async function forgetCompiledLayouts(): Promise<void> {
  const entryPoint = pathToFileURL(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const layoutCache = await import(new URL("./LayoutCache.js", entryPoint).href);
  layoutCache.default.removeAll();
}

export function createEleventy(input: SiteInput, options: { quiet?: boolean } = {}) {
  // Eleventy imports eleventy.config.ts itself, which Node 20 can only do through tsx's loader.
  if (!typeScriptLoaderRegistered) {
    registerTypeScriptLoader();
    typeScriptLoaderRegistered = true;
  }
  return new Eleventy(TEMPLATES_DIR, input.settings.outputDir, {
    configPath: ELEVENTY_CONFIG,
    quietMode: options.quiet ?? true,
    pathPrefix: input.settings.pathPrefix,
    config(config: { addGlobalData(name: string, value: unknown): void }) {
      config.addGlobalData("arshif", input);
    },
  });
}

/** Empties the output folder so pages of removed articles do not linger; refuses folders that hold the project. */
async function clearOutput(settings: Settings): Promise<void> {
  const output = path.resolve(settings.outputDir);
  const guarded = [settings.root, settings.articlesDir, PROJECT_ROOT, path.parse(output).root].map((p) => path.resolve(p));
  if (guarded.some((folder) => folder === output || folder.startsWith(output + path.sep))) {
    throw new SettingsError(`refusing to use ${output} as the output folder: it holds the project or its articles. Choose an empty folder such as _site.`);
  }
  await rm(output, { recursive: true, force: true });
}
