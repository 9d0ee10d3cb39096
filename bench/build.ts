/**
 * Builds synthetic archives of growing size and prints time per stage and peak memory.
 * Usage: npm run bench:build -- [sizes…]   (default: 1000 10000 20000)
 * Each size runs in its own process so that peak memory is that build's alone.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadSettings } from "../src/config/settings.ts";
import { buildSite } from "../src/build/build-site.ts";
import { PROJECT_ROOT } from "../src/site/eleventy-site.ts";
import { sampleParagraphs, writeSyntheticArchive } from "./synthetic-corpus.ts";

async function measureOne(count: number): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), `arshif-bench-${count}-`));
  try {
    const articlesDir = path.join(work, "articles");
    await writeSyntheticArchive(articlesDir, count, sampleParagraphs(path.join(PROJECT_ROOT, "articles")));
    const started = performance.now();
    const result = await buildSite(loadSettings(PROJECT_ROOT, { articlesDir, outputDir: path.join(work, "_site") }));
    const seconds = (performance.now() - started) / 1000;
    const stages = Object.entries(result.report.timings).map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(", ");
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `${count} articles: ${seconds.toFixed(1)} s total (${stages}); ${result.pagesWritten} pages, ` +
        `${result.pagesIndexed} indexed; peak RSS of the Node process ${peakMb.toFixed(0)} MB (Pagefind runs in its own process)`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const [, , mode, size] = process.argv;
if (mode === "--one") {
  await measureOne(Number(size));
} else {
  const sizes = process.argv.slice(2).map(Number);
  for (const count of sizes.length ? sizes : [1000, 10000, 20000]) {
    execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--one", String(count)], { stdio: "inherit" });
  }
}
