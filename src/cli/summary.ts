import path from "node:path";
import type { BuildResult } from "../build/build-site.ts";
import type { Settings } from "../config/settings.ts";
import type { Problem } from "../record.ts";

/** The build summary: what was read, what was written, and every problem with its file and remedy. */
export function formatSummary(result: BuildResult, settings: Settings): string {
  const { report } = result;
  const errors = report.problems.filter((p) => p.severity === "error");
  const warnings = report.problems.filter((p) => p.severity === "warning");
  const lines = [
    `arshif: ${report.filesRead} files read, ${result.articles} articles built, ` +
      `${result.pagesWritten} pages written, ${result.pagesIndexed} pages indexed for search → ${path.relative(process.cwd(), settings.outputDir) || "."}`,
  ];
  for (const { file, encoding } of report.converted) lines.push(`  converted from ${encoding}: ${file}`);
  for (const [original, annotation] of report.superseded) lines.push(`  ${original}: read from its annotation ${annotation}`);
  if (errors.length) lines.push(`${errors.length} file(s) rejected:`, ...errors.map((p) => formatProblem(p, settings)));
  if (warnings.length) lines.push(`${warnings.length} warning(s):`, ...warnings.map((p) => formatProblem(p, settings)));
  lines.push(
    "time: " +
      Object.entries(report.timings)
        .map(([stage, ms]) => `${stage.replace(/_/g, " ")} ${(ms / 1000).toFixed(2)} s`)
        .join(", "),
  );
  return lines.join("\n");
}

export function formatProblem(problem: Problem, settings: Settings): string {
  const where = path.relative(process.cwd(), path.join(settings.articlesDir, problem.file)) + (problem.line ? `:${problem.line}` : "");
  return `  ${problem.severity}: ${where}: ${problem.message}` + (problem.hint ? `\n    → ${problem.hint}` : "");
}
