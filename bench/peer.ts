/**
 * arshif against its nearest peer, Hugo + Pagefind, on the same real articles: wall time and peak
 * memory of the whole process tree for a cold build, an unchanged rebuild and a rebuild after
 * adding 100 articles.
 * Usage: npm run bench:peer -- N [--keep DIR]   (DIR is used as the work folder and left in place)
 * Needs ../shared/corpora/make-archive.mjs and Debian's hugo (apt-get install hugo).
 */
import matter from "gray-matter";
import { execFileSync, spawn } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAKE_ARCHIVE = path.join(PROJECT_ROOT, "../shared/corpora/make-archive.mjs");
const ARSHIF = path.join(PROJECT_ROOT, "bin/arshif.js");
const PAGEFIND = path.join(PROJECT_ROOT, "node_modules/.bin/pagefind");
const ADDED = 100;
const SAMPLE_MS = 100;
const GB = 1e9;

// ── Peak memory of a process tree, sampled from /proc ────────────────────────────────────────

/**
 * Samples the summed VmRSS of `rootPid` and all its descendants every `intervalMs` until the
 * returned function is called; that function returns the peak in bytes. /proc lists processes,
 * not threads, so each process counts once whatever its thread count. Pages shared between
 * processes (libraries) count once per process, as `ps` would.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = SAMPLE_MS): () => number {
  let peak = 0;
  const sample = () => {
    const tree = [rootPid, ...descendantsOf(rootPid, childrenByParent())];
    peak = Math.max(peak, tree.reduce((sum, pid) => sum + residentBytes(pid), 0));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentOf(Number(entry));
    if (ppid === undefined) continue;
    const siblings = children.get(ppid) ?? [];
    siblings.push(Number(entry));
    children.set(ppid, siblings);
  }
  return children;
}

/** The ppid field of /proc/PID/stat; undefined once the process has gone. */
function parentOf(pid: number): number | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  // The command name (field 2) may hold spaces and brackets: the fields that follow start after its last ")".
  const ppid = stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
  return ppid === undefined ? undefined : Number(ppid);
}

function descendantsOf(pid: number, children: Map<number, number[]>): number[] {
  const found: number[] = [];
  const queue = [...(children.get(pid) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** VmRSS in bytes; 0 for a process that has gone or a zombie (which has no VmRSS line). */
function residentBytes(pid: number): number {
  const kb = readProc(`/proc/${pid}/status`)?.match(/^VmRSS:\s+(\d+) kB/m)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

// ── Running a step ───────────────────────────────────────────────────────────────────────────

interface Run {
  label: string;
  seconds: number;
  peakBytes: number;
  exitCode: number;
  ok: boolean;
  /** The end of stdout and stderr together, for "time:" lines and failure reports. */
  output: string;
}

interface StepOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Exit codes that mean success; arshif exits 1 when it rejected some files, which real corpora have. */
  okCodes?: number[];
}

const OUTPUT_TAIL = 64 * 1024;

function measure(label: string, command: string, args: string[], options: StepOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    const stopSampling = child.pid === undefined ? () => 0 : sampleTreeMemory(child.pid);
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-OUTPUT_TAIL);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const finish = (exitCode: number) => {
      const seconds = (performance.now() - started) / 1000;
      const ok = (options.okCodes ?? [0]).includes(exitCode);
      const peakBytes = stopSampling();
      // Each step as it ends, so that a long run says what it has measured even if a later step fails.
      console.log(`  ${label}: ${ok ? `${seconds.toFixed(2)} s` : `failed (exit ${exitCode})`}, peak ${(peakBytes / GB).toFixed(2)} GB`);
      resolve({ label, seconds, peakBytes, exitCode, ok, output });
    };
    child.on("error", (error) => {
      keep(Buffer.from(String(error)));
      finish(-1);
    });
    child.on("close", (code, signal) => finish(code ?? (signal ? 128 : -1)));
  });
}

function reportFailure(run: Run): void {
  if (run.ok) return;
  console.error(`\n${run.label} failed (exit ${run.exitCode}); the end of its output:`);
  console.error(run.output.split("\n").slice(-30).join("\n"));
}

// ── The articles ─────────────────────────────────────────────────────────────────────────────

function makeArchive(outDir: string, count: number): void {
  execFileSync(process.execPath, [MAKE_ARCHIVE, outDir, "--count", String(count), "--format", "md"], { stdio: "ignore" });
}

/** Paths of the files under `dir`, relative to it, with "/" separators. */
function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

/**
 * Writes N+ADDED articles into `scratchDir` and copies the ADDED that are new into `articlesDir`.
 * make-archive is deterministic, so the first N should be the files already there, unchanged;
 * returns what contradicts that, for the report.
 */
function addNewArticles(articlesDir: string, scratchDir: string, count: number): string[] {
  makeArchive(scratchDir, count + ADDED);
  const existing = new Set(listFiles(articlesDir));
  const larger = listFiles(scratchDir);
  const added = larger.filter((file) => !existing.has(file));
  const largerSet = new Set(larger);
  const missing = [...existing].filter((file) => !largerSet.has(file));
  const changed = [...existing].filter(
    (file) => largerSet.has(file) && !readFileSync(path.join(articlesDir, file)).equals(readFileSync(path.join(scratchDir, file))),
  );
  for (const file of added) {
    mkdirSync(path.dirname(path.join(articlesDir, file)), { recursive: true });
    copyFileSync(path.join(scratchDir, file), path.join(articlesDir, file));
  }
  const problems: string[] = [];
  if (added.length !== ADDED) problems.push(`${added.length} new files instead of ${ADDED}`);
  if (missing.length) problems.push(`${missing.length} of the first ${count} are not in the larger set (e.g. ${missing[0]})`);
  if (changed.length) problems.push(`${changed.length} of the first ${count} differ in the larger set (e.g. ${changed[0]})`);
  return problems;
}

// ── The Hugo site ────────────────────────────────────────────────────────────────────────────

const HUGO_CONFIG = `baseURL = "/"
languageCode = "ar"
defaultContentLanguage = "ar"
title = "أرشيف"
paginate = 50

[taxonomies]
country = "countries"
source = "sources"
`;

// Pages of 50 as arshif's lists. Only article pages carry data-pagefind-body, so only they are indexed.
const HUGO_LAYOUTS: Record<string, string> = {
  "_default/baseof.html": `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body>
</html>
`,
  "_default/single.html": `{{ define "main" }}
<main data-pagefind-body>
<h1>{{ .Title }}</h1>
{{ range .Params.countries }}<span data-pagefind-filter="country">{{ . }}</span>{{ end }}
{{ .Content }}
</main>
{{ end }}
`,
  "_default/list.html": `{{ define "main" }}
<main>
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}
<ul>{{ range (.Paginate $pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
</main>
{{ end }}
`,
  "_default/terms.html": `{{ define "main" }}
<main>
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
</main>
{{ end }}
`,
};

/**
 * Finds countries by their Arabic names from i18n-iso-countries (without qualifiers in brackets),
 * each as a whole word after at most two one-letter proclitics (و ف ب ل ك): a bare substring would
 * find Mali (مالي) in إجمالي and Peru (بيرو) in بيروت. One alternation, longest names first, scans
 * a text once instead of once per country.
 */
class CountryFinder {
  private readonly codeByName = new Map<string, string>();
  private readonly pattern: RegExp;

  constructor() {
    const require = createRequire(import.meta.url);
    const countries = require("i18n-iso-countries") as typeof import("i18n-iso-countries");
    countries.registerLocale(require("i18n-iso-countries/langs/ar.json"));
    for (const [code, name] of Object.entries(countries.getNames("ar"))) {
      this.codeByName.set(name.replace(/\s*\(.*?\)\s*/g, " ").trim(), code);
    }
    const names = [...this.codeByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.pattern = new RegExp(`(?<!\\p{L})[وفبلك]{0,2}(${names.join("|")})(?!\\p{L})`, "gu");
  }

  /** ISO codes of the countries named in `text`, in order of first mention. */
  codesIn(text: string): string[] {
    const codes = new Set<string>();
    for (const match of text.matchAll(this.pattern)) codes.add(this.codeByName.get(match[1] ?? "") ?? "");
    codes.delete("");
    return [...codes];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Writes hugo.toml, the layouts and one content/articles/<id>.md per article; returns how many. */
function writeHugoSite(hugoDir: string, articlesDir: string): number {
  writeFileSync(path.join(hugoDir, "hugo.toml"), HUGO_CONFIG);
  for (const [file, text] of Object.entries(HUGO_LAYOUTS)) {
    mkdirSync(path.dirname(path.join(hugoDir, "layouts", file)), { recursive: true });
    writeFileSync(path.join(hugoDir, "layouts", file), text);
  }
  const contentDir = path.join(hugoDir, "content/articles");
  mkdirSync(contentDir, { recursive: true });
  const countryFinder = new CountryFinder();
  const seen = new Set<string>();
  for (const file of listFiles(articlesDir)) {
    const id = path.basename(file, path.extname(file));
    if (seen.has(id)) throw new Error(`two articles share the id ${id}; Hugo would keep one`);
    seen.add(id);
    const source = file.split("/")[0] ?? "";
    writeFileSync(path.join(contentDir, `${id}.md`), hugoPage(readFileSync(path.join(articlesDir, file), "utf8"), source, countryFinder));
  }
  return seen.size;
}

/**
 * make-archive's Markdown: front matter with title, date and source (what a scraper keeps), then
 * the story. Hugo gets the same title, date and source, and the countries named in the text.
 */
function hugoPage(text: string, source: string, countryFinder: CountryFinder): string {
  const { data, content } = matter(text);
  const paragraphs = content.split("\n").map((line) => line.trim()).filter(Boolean);
  const countries = countryFinder.codesIn(content);
  const frontMatter = [
    `title: ${JSON.stringify(String(data.title ?? ""))}`,
    ...(data.date ? [`date: ${new Date(data.date).toISOString().slice(0, 10)}`] : []),
    `countries: ${JSON.stringify(countries)}`,
    `sources: ${JSON.stringify([String(data.source ?? source)])}`,
  ];
  return `---\n${frontMatter.join("\n")}\n---\n\n${paragraphs.map(escapeMarkdown).join("\n\n")}\n`;
}

/** Plain text stays plain text: no emphasis, headings, links or raw HTML from a stray character. */
function escapeMarkdown(paragraph: string): string {
  return paragraph.replace(/[\\`*_[\]<>#|~]/g, "\\$&");
}

// ── Report ───────────────────────────────────────────────────────────────────────────────────

function versionOf(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8" }).split("\n")[0]?.trim() ?? "?";
  } catch {
    return "?";
  }
}

function printMachine(): void {
  const cpu = os.cpus();
  console.log(`machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "?"}), ${(os.totalmem() / GB).toFixed(1)} GB memory, Node ${process.version}`);
  console.log(`         ${versionOf("hugo", ["version"])}; ${versionOf(PAGEFIND, ["--version"])}`);
}

function printTable(runs: Run[], peer: Run): void {
  const rows = [["step", "wall s", "peak tree GB", "× Hugo + Pagefind"]];
  for (const run of runs) {
    const ratio = run.ok && peer.ok ? (run.seconds / peer.seconds).toFixed(2) : "—";
    const seconds = run.ok ? run.seconds.toFixed(2) : `failed (exit ${run.exitCode})`;
    rows.push([run.label, seconds, (run.peakBytes / GB).toFixed(2), ratio]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  "));
    if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "));
  }
}

function ratio(numerator: Run, denominator: Run): string {
  return numerator.ok && denominator.ok ? (numerator.seconds / denominator.seconds).toFixed(2) : "— (a step failed)";
}

/** arshif's own "time: …" summary line, the last one in its output. */
function timeLine(run: Run): string | undefined {
  return run.output.split("\n").filter((line) => line.startsWith("time:")).at(-1);
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseCommandLine(): { count: number; keep?: string } {
  const { values, positionals } = parseArgs({ options: { keep: { type: "string" } }, allowPositionals: true });
  const count = Number(positionals[0]);
  if (positionals.length !== 1 || !Number.isInteger(count) || count < 1) fail("usage: npm run bench:peer -- N [--keep DIR]");
  return { count, keep: values.keep && path.resolve(values.keep) };
}

function checkTools(): void {
  if (!onPath("hugo")) fail("bench:peer needs Hugo: apt-get install hugo");
  if (!existsSync(MAKE_ARCHIVE)) fail(`bench:peer needs the corpus script ${MAKE_ARCHIVE}, which is missing.`);
  if (!existsSync(PAGEFIND)) fail(`bench:peer needs ${PAGEFIND}: run npm install.`);
}

/** arshif takes --cache only in versions that have one; the help says which. */
function arshifCacheArgs(cacheDir: string): string[] {
  const help = execFileSync(process.execPath, [ARSHIF, "build", "--help"], { encoding: "utf8" });
  return /--cache\b/.test(help) ? ["--cache", cacheDir] : [];
}

interface WorkDirs {
  articles: string;
  hugo: string;
  site: string;
  cache: string;
  /** Scratch for the larger archive the added articles come from. */
  more: string;
}

function workDirs(work: string): WorkDirs {
  const inWork = (name: string) => path.join(work, name);
  return { articles: inWork("articles"), hugo: inWork("hugo"), site: inWork("site"), cache: inWork("cache"), more: inWork("more") };
}

/** Hugo, then Pagefind on what Hugo wrote; the peer's time is their sum, its peak the larger peak. */
async function runPeer(dirs: WorkDirs): Promise<Run[]> {
  const publicDir = path.join(dirs.hugo, "public");
  const hugo = await measure("Hugo", "hugo", ["--quiet", "--source", dirs.hugo, "--destination", publicDir]);
  reportFailure(hugo);
  const pagefind = await measure("Pagefind", PAGEFIND, ["--site", publicDir]);
  reportFailure(pagefind);
  const peer: Run = {
    label: "Hugo + Pagefind",
    seconds: hugo.seconds + pagefind.seconds,
    peakBytes: Math.max(hugo.peakBytes, pagefind.peakBytes),
    exitCode: hugo.ok ? pagefind.exitCode : hugo.exitCode,
    ok: hugo.ok && pagefind.ok,
    output: "",
  };
  return [hugo, pagefind, peer];
}

/** arshif cold, unchanged, and after adding articles; also returns what contradicted make-archive's determinism. */
async function runArshif(work: string, dirs: WorkDirs, count: number): Promise<{ runs: Run[]; mismatches: string[] }> {
  const args = [ARSHIF, "build", "--articles", dirs.articles, "--output", dirs.site, ...arshifCacheArgs(dirs.cache)];
  // In the work folder, a cache arshif keeps beside the current folder stays out of the repository.
  const step = async (label: string) => {
    const run = await measure(label, process.execPath, args, { cwd: work, env: { ...process.env, CI: "1" }, okCodes: [0, 1] });
    reportFailure(run);
    return run;
  };
  for (const dir of [dirs.cache, dirs.site, path.join(work, ".arshif-cache"), path.join(dirs.articles, ".arshif-cache")]) {
    rmSync(dir, { recursive: true, force: true });
  }
  const cold = await step("arshif cold");
  const unchanged = await step("arshif unchanged");
  const mismatches = addNewArticles(dirs.articles, dirs.more, count);
  const added = await step(`arshif +${ADDED} articles`);
  return { runs: [cold, unchanged, added], mismatches };
}

function printReport(count: number, pages: number, convertSeconds: number, peerRuns: Run[], arshifRuns: Run[]): void {
  const [, , peer] = peerRuns as [Run, Run, Run];
  const [cold, unchanged, added] = arshifRuns as [Run, Run, Run];
  console.log(`\n${count} articles (make-archive --format md: title, date and source in front matter), ${pages} Hugo pages converted in ${convertSeconds.toFixed(2)} s (not counted)`);
  printMachine();
  console.log();
  printTable([...peerRuns, ...arshifRuns], peer);
  console.log();
  console.log(`arshif cold / Hugo + Pagefind: ${ratio(cold, peer)}`);
  console.log(`arshif unchanged / cold:       ${ratio(unchanged, cold)}`);
  console.log(`arshif +${ADDED} / cold:            ${ratio(added, cold)}`);
  for (const run of arshifRuns) console.log(`${run.label}: ${timeLine(run) ?? "(no time: line)"}`);
}

async function main(): Promise<void> {
  const { count, keep } = parseCommandLine();
  checkTools();
  const work = keep ?? mkdtempSync(path.join(os.tmpdir(), "arshif-peer-"));
  const dirs = workDirs(work);
  try {
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dirs.hugo, { recursive: true });
    makeArchive(dirs.articles, count);
    const convertStart = performance.now();
    const pages = writeHugoSite(dirs.hugo, dirs.articles);
    const convertSeconds = (performance.now() - convertStart) / 1000;

    const peerRuns = await runPeer(dirs);
    const { runs: arshifRuns, mismatches } = await runArshif(work, dirs, count);
    printReport(count, pages, convertSeconds, peerRuns, arshifRuns);
    if (mismatches.length) console.log(`warning: make-archive's first ${count} of ${count + ADDED} are not the first set: ${mismatches.join("; ")}`);
    if (keep) console.log(`work folder kept: ${work}`);
    if (![...peerRuns, ...arshifRuns].every((run) => run.ok)) process.exitCode = 1;
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
