/**
 * Extraction speed on a synthetic corpus: articles of about 4 KB made by recombining the
 * sample paragraphs, run through extractRecord on one core. Prints articles per second.
 *
 *   npm run bench:extract [-- --articles 5000 --seed 1]
 */
import { readFileSync, readdirSync } from "node:fs";
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

const count = option("articles", 5000);
const compileStarted = performance.now();
const knowledge = loadKnowledge();
const compileMs = performance.now() - compileStarted;
const corpus = syntheticCorpus(count, option("seed", 1));
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
