import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite, type BuildResult } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sampleSite: { outputDir: string; summary: Pick<BuildResult, "articles" | "pagesIndexed"> & { problems: number } };
  }
}

/** Builds the bundled sample archive once for every test file that looks at the built site. */
export default async function setup(project: TestProject) {
  const outputDir = await mkdtemp(path.join(tmpdir(), "arshif-sample-site-"));
  const settings = loadSettings(PROJECT_ROOT, { outputDir });
  const result = await buildSite(settings);
  project.provide("sampleSite", {
    outputDir,
    summary: { articles: result.articles, pagesIndexed: result.pagesIndexed, problems: result.report.problems.length },
  });
  return async () => rm(outputDir, { recursive: true, force: true });
}
