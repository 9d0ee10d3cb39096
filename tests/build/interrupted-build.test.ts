import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSettings, SettingsError, type Settings } from "../../src/config/settings.ts";
import { buildSite } from "../../src/build/build-site.ts";
import { SITE_MARKER } from "../../src/build/output-folder.ts";
import { PROJECT_ROOT } from "../../src/site/eleventy-site.ts";
import { sampleParagraphs, writeSyntheticArchive } from "../../bench/synthetic-corpus.ts";
import { siteSnapshot } from "./site-snapshot.ts";

/** Enough articles that building them takes a few seconds, time to kill the build half way. */
const ARTICLES = 150;

describe("builds that overlap or are killed", () => {
  let work: string;
  const settingsFor = (output: string, articlesDir?: string): Settings => loadSettings(PROJECT_ROOT, { articlesDir, outputDir: path.join(work, output) });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-interrupted-"));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("refuses a second build into the same output while the first is running", async () => {
    const settings = settingsFor("concurrent");
    const [first, second] = await Promise.allSettled([buildSite(settings), buildSite(settings)]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(["fulfilled", "rejected"]);
    const refusal = [first, second].find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(refusal.reason).toBeInstanceOf(SettingsError);
    expect(refusal.reason.message).toMatch(/another arshif build \(process \d+\) is writing the site to/);
    expect(Object.keys(await siteSnapshot(settings.outputDir))).toContain("pagefind/pagefind-entry.json");
  });

  it("refuses to build while another process holds the lock, and takes over the lock of one that has ended", async () => {
    const settings = settingsFor("locked");
    const lockFile = path.join(work, ".locked.lock");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    try {
      await writeFile(lockFile, `${holder.pid}\n`);
      await expect(buildSite(settings)).rejects.toThrow(`another arshif build (process ${holder.pid})`);
    } finally {
      await ended(holder, "SIGKILL");
    }
    await buildSite(settings);
    expect(await readdir(work)).not.toContain(".locked.lock");
  });

  it("leaves the previous site whole when a build is killed half way, and the next build succeeds", async () => {
    const articlesDir = path.join(work, "articles");
    await writeSyntheticArchive(articlesDir, ARTICLES, sampleParagraphs(path.join(PROJECT_ROOT, "articles")));
    const settings = settingsFor("killed", articlesDir);
    await buildSite(settings);
    const previous = await siteSnapshot(settings.outputDir);
    // A new article, so that the next build has work to do (an unchanged archive is not built again).
    await cp(path.join(PROJECT_ROOT, "articles", "001_0a108e80e01be751.txt"), path.join(articlesDir, "added.txt"));

    const cli = spawn(process.execPath, [path.join(PROJECT_ROOT, "bin", "arshif.js"), "build", "--articles", articlesDir, "--output", settings.outputDir], {
      cwd: PROJECT_ROOT,
      stdio: "ignore",
    });
    const staging = path.join(work, `.killed.building-${cli.pid}`);
    await untilRendering(staging, cli);
    await ended(cli, "SIGKILL");

    expect(await siteSnapshot(settings.outputDir)).toEqual(previous);
    const next = await buildSite(settings);
    expect(next.articles).toBe(ARTICLES + 1);
    expect(Object.keys(await siteSnapshot(settings.outputDir)).some((file) => file.startsWith("articles/added"))).toBe(true);
    expect((await readdir(work)).filter((entry) => entry.startsWith(".killed."))).toEqual([]);
  }, 180_000);
});

/** Waits until a build has started writing pages into its staging folder. */
async function untilRendering(staging: string, build: ChildProcess): Promise<void> {
  while (build.exitCode === null) {
    const entries = await readdir(staging).catch(() => []);
    if (entries.some((entry) => entry !== SITE_MARKER)) return;
    await sleep(20);
  }
  throw new Error(`the build ended (exit code ${build.exitCode}) before it wrote a page`);
}

/** Kills a process and waits until it is gone, so that its process id no longer counts as running. */
async function ended(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = once(child, "exit");
  child.kill(signal);
  await exit;
}
