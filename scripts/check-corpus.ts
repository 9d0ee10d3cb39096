/**
 * npm run check:corpus -- DIR: ingests and extracts every file of a folder on all cores, as a
 * build would, and prints what became of them: files, articles, rejected, crashes (internal
 * errors: must be 0) and articles per second. Exits with 1 when anything crashed.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { scanFolder } from "../src/files/read-articles.ts";
import { readArticlesParallel } from "../src/build/read-articles-parallel.ts";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npm run check:corpus -- DIR [--data DIR]");
  process.exit(2);
}
const dataFlag = process.argv.indexOf("--data");
const dataDir = dataFlag > 0 ? path.resolve(process.argv[dataFlag + 1]!) : undefined;

const started = performance.now();
const { files, skipped } = await scanFolder(path.resolve(dir));
const outcomes = await readArticlesParallel(path.resolve(dir), files, { dataDir, threads: availableParallelism() });
const seconds = (performance.now() - started) / 1000;

const problems = outcomes.flatMap((outcome) => outcome.problems);
const crashes = problems.filter((problem) => problem.internal);
const articles = outcomes.filter((outcome) => outcome.record).length;
console.log(`files      ${files.length} (${skipped.length} skipped)`);
console.log(`articles   ${articles}`);
console.log(`rejected   ${files.length - articles}`);
console.log(`warnings   ${problems.filter((problem) => problem.severity === "warning").length}`);
console.log(`crashes    ${crashes.length}`);
console.log(`time       ${seconds.toFixed(1)} s on ${availableParallelism()} cores, ${Math.round(articles / seconds)} articles/s`);
for (const crash of crashes) console.log(`  ${crash.file}: ${crash.message}`);
for (const problem of problems.filter((p) => p.severity === "error" && !p.internal).slice(0, 20)) console.log(`  rejected ${problem.file}: ${problem.message}`);
process.exitCode = crashes.length ? 1 : 0;
