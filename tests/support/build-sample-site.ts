import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadSettings } from "../../src/config/settings.ts";
import { buildSite, type BuildResult } from "../../src/build/build-site.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";

export interface BuiltSite {
  outputDir: string;
  pathPrefix: string;
  siteUrl?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The bundled sample archive, built for the root of a host. */
    sampleSite: BuiltSite & { summary: Pick<BuildResult, "articles" | "pagesIndexed"> & { problems: number } };
    /** The same archive built to be served from a sub-path, with a public site URL. */
    prefixedSampleSite: BuiltSite;
  }
}

const temporaryOutput = () => mkdtemp(path.join(tmpdir(), "arshif-sample-site-"));

async function buildSample() {
  const settings = loadSettings(PROJECT_ROOT, { outputDir: await temporaryOutput() });
  const result = await buildSite(settings);
  const summary = { articles: result.articles, pagesIndexed: result.pagesIndexed, problems: result.report.problems.length };
  return { outputDir: settings.outputDir, pathPrefix: settings.pathPrefix, summary };
}

/** The prefixed build runs through the command line, as a user publishing under a sub-path would. */
async function buildPrefixedSample(): Promise<BuiltSite> {
  const site = { outputDir: await temporaryOutput(), pathPrefix: "/archive/", siteUrl: "https://example.org" };
  const args = ["build", "--output", site.outputDir, "--path-prefix", site.pathPrefix, "--site-url", site.siteUrl];
  await promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, "bin", "arshif.js"), ...args], { cwd: PROJECT_ROOT });
  return site;
}

/** Builds the bundled sample archive once for every test file that looks at a built site. */
export default async function setup(project: TestProject) {
  const [sampleSite, prefixedSampleSite] = await Promise.all([buildSample(), buildPrefixedSample()]);
  project.provide("sampleSite", sampleSite);
  project.provide("prefixedSampleSite", prefixedSampleSite);
  return async () => {
    await Promise.all([sampleSite, prefixedSampleSite].map((site) => rm(site.outputDir, { recursive: true, force: true })));
  };
}
