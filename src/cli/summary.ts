import path from "node:path";
import type { BuildResult } from "../build/build-site.ts";
import type { Settings } from "../config/settings.ts";
import type { Problem } from "../record.ts";

export interface SummaryOptions {
  /** Print the stack of internal errors. */
  debug?: boolean;
}

/**
 * The build summary: what was read and what became of every file (the counts add up to the
 * files read), what was written, every problem with its file and remedy, and the time per stage.
 */
export function formatSummary(result: BuildResult, settings: Settings, options: SummaryOptions = {}): string {
  const { report } = result;
  const rejected = new Set(report.rejected);
  const internal = report.problems.filter((p) => p.internal);
  const errors = report.problems.filter((p) => p.severity === "error" && !p.internal);
  const warnings = report.problems.filter((p) => p.severity === "warning");
  const lines = [
    `arshif: ${fileCounts(result)}`,
    `  ${pagesLine(result)}, ${result.pagesIndexed} articles indexed for search → ${path.relative(process.cwd(), settings.outputDir) || "."}`,
  ];
  if (report.filesRead === 0) {
    lines.push(`warning: ${where(settings.articlesDir)} holds no article files, so the site has no articles. Put .txt, .md or .html files in it.`);
  }
  if (!settings.siteUrl) lines.push(NO_SITE_URL);
  if (report.skipped.length) {
    lines.push(`${report.skipped.length} entr${report.skipped.length === 1 ? "y" : "ies"} of the articles folder skipped:`);
    for (const { file, reason } of report.skipped) lines.push(`  ${where(path.join(settings.articlesDir, file))}: ${reason}`);
  }
  for (const { file, encoding } of report.converted) lines.push(`  converted from ${encoding}: ${file}`);
  for (const [original, annotation] of report.superseded) lines.push(`  ${original}: read from its annotation ${annotation}`);
  const problemLines = (problem: Problem) => formatProblem(problem, settings, options);
  if (errors.length) lines.push(`${rejected.size} file(s) rejected, ${errors.length} error(s):`, ...errors.map(problemLines));
  if (internal.length) lines.push(`${internal.length} internal error(s), bugs in arshif:`, ...internal.map(problemLines));
  if (warnings.length) lines.push(`${warnings.length} warning(s):`, ...warnings.map(problemLines));
  lines.push(
    "time: " +
      Object.entries(report.timings)
        .map(([stage, ms]) => `${stage.replace(/_/g, " ")} ${(ms / 1000).toFixed(2)} s`)
        .join(", "),
  );
  return lines.join("\n");
}

/** What a site built without its address lacks, and how to give it. */
export const NO_SITE_URL = "warning: no site URL was given, so the site has no sitemap for search engines, no canonical links, and feeds whose links lack the host (some feed readers cannot follow them). Build with --site-url https://your.host (or \"siteUrl\" in arshif.config.json) to have them.";

function pagesLine({ pagesWritten, pagesReused, upToDate }: BuildResult): string {
  if (upToDate) return `nothing changed since the last build: the site's ${pagesWritten} pages are as they were`;
  return `${pagesWritten} pages written` + (pagesReused ? ` (${pagesReused} unchanged, kept from the previous site)` : "");
}

/** "31030 files read: 31020 articles, 8 rejected, 2 read from their annotations". */
function fileCounts(result: BuildResult): string {
  const { report } = result;
  const parts = [`${result.articles} articles`, `${report.rejected.length} rejected`];
  if (report.superseded.length) parts.push(`${report.superseded.length} read from their annotations`);
  return `${report.filesRead} files read: ${parts.join(", ")}`;
}

export function formatProblem(problem: Problem, settings: Settings, options: SummaryOptions = {}): string {
  const location = where(path.join(settings.articlesDir, problem.file)) + (problem.line ? `:${problem.line}` : "");
  let text = `  ${problem.severity}: ${location}: ${problem.message}` + (problem.hint ? `\n    → ${problem.hint}` : "");
  if (options.debug && problem.stack) text += `\n${problem.stack.replace(/^/gm, "      ")}`;
  return text;
}

function where(file: string): string {
  return path.relative(process.cwd(), file) || ".";
}

/**
 * The problems met reading the archive, for a command that prints data (export, stats): the
 * first few errors named, the rest counted (a build's summary names each).
 */
export function reportProblems(problems: readonly Problem[], settings: Settings): void {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.length - errors.length;
  for (const problem of errors.slice(0, ERRORS_NAMED)) console.error(formatProblem(problem, settings));
  const untold = [errors.length > ERRORS_NAMED && `${errors.length - ERRORS_NAMED} more error(s)`, warnings > 0 && `${warnings} warning(s)`].filter(Boolean);
  if (untold.length) console.error(`arshif: ${untold.join(" and ")} while reading the articles; \`arshif build\` names each.`);
}

const ERRORS_NAMED = 5;
