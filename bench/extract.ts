/**
 * Extraction speed on one core: articles run through extractRecord, articles per CPU second.
 * By default a synthetic corpus of ~4 KB articles recombined from the sample paragraphs; its
 * vocabulary is small, so every per-word memo hits and the rate is several times what real news
 * gives. `--corpus DIR` reads real article files instead (their first N, in path order; ingest is
 * not timed), e.g. a folder written by ../shared/corpora/make-archive.mjs.
 *
 *   npm run bench:extract [-- --articles 5000 --seed 1] [--corpus DIR]
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ingestFile } from "../src/ingest/index.ts";
import { extractRecord } from "../src/extract/index.ts";
import { loadKnowledge } from "../src/extract/knowledge.ts";
import type { Draft } from "../src/record.ts";

const ARTICLES_DIR = new URL("../articles/", import.meta.url);
const TARGET_BYTES = 4096;
const TARGET_RATE = 2000;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** Lines of the sample files long enough to be story paragraphs. */
function sampleParagraphs(): string[] {
  return readdirSync(ARTICLES_DIR)
    .flatMap((file) => readFileSync(new URL(file, ARTICLES_DIR), "utf8").split("\n"))
    .map((line) => line.trim())
    .filter((line) => line.length > 80);
}

/** A small deterministic generator, so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticCorpus(count: number, seed: number): Draft[] {
  const paragraphs = sampleParagraphs();
  const next = random(seed);
  const pick = () => paragraphs[Math.floor(next() * paragraphs.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const body: string[] = [];
    while (Buffer.byteLength(body.join("\n")) < TARGET_BYTES) body.push(pick());
    const title = pick().split(/[.،]/)[0]!;
    return { file: `synthetic/${n}.txt`, title, titleDerived: false, paragraphs: body, frontMatter: {}, date: "2024-12-02" };
  });
}

/** The first `count` article files below `dir`, in path order, as drafts. */
function realCorpus(dir: string, count: number): Draft[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|txt|html?)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
    .slice(0, count);
  return files.flatMap((file) => ingestFile(file, readFileSync(path.join(dir, file)), {}).draft ?? []);
}

const corpusIndex = process.argv.indexOf("--corpus");
const compileStarted = performance.now();
const knowledge = loadKnowledge();
const compileMs = performance.now() - compileStarted;
const corpus = corpusIndex >= 0 ? realCorpus(process.argv[corpusIndex + 1]!, option("articles", 5000)) : syntheticCorpus(option("articles", 5000), option("seed", 1));
const count = corpus.length;
const bytes = corpus.reduce((sum, d) => sum + Buffer.byteLength(d.title + d.paragraphs.join("\n")), 0);

for (const draft of corpus.slice(0, 200)) extractRecord(draft, knowledge); // warm-up
const started = performance.now();
const cpuStarted = process.cpuUsage();
let mentions = 0;
for (const draft of corpus) mentions += extractRecord(draft, knowledge).countries.length;
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
// CPU time of this process: on a shared machine, wall time also counts other processes' turns.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const rate = count / cpuSeconds;

console.log(`knowledge compiled in ${compileMs.toFixed(0)} ms`);
console.log(`${count} articles, ${(bytes / count / 1024).toFixed(1)} KB each on average, ${(bytes / 1e6).toFixed(1)} MB in all`);
console.log(`extracted in ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${mentions} country entries)`);
console.log(`${rate.toFixed(0)} articles/s per CPU second, ${(bytes / 1e6 / cpuSeconds).toFixed(1)} MB/s; by the wall clock ${(count / seconds).toFixed(0)} articles/s`);
console.log(rate >= TARGET_RATE ? `meets the target of ${TARGET_RATE} articles/s` : `BELOW the target of ${TARGET_RATE} articles/s`);
