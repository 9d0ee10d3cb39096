import type { Command } from "./main.ts";
import { parseCommandLine, settingsFromOptions, SITE_OPTIONS, SITE_OPTIONS_HELP } from "./options.ts";
import { buildSite } from "../build/build-site.ts";
import { formatSummary } from "./summary.ts";
import { createProgress, progressMode } from "./progress.ts";
import { EXIT_CODES_HELP } from "./exit-codes.ts";

export const buildCommand: Command = {
  summary: "build the site from the articles into _site/",
  help: `Usage: arshif build [options]

Reads every file in the articles folder, annotates it (countries, officials, dates, topics),
and writes the website with its search index. The new site replaces the previous one only
when it is complete: a failed or interrupted build leaves the previous site as it was.
A file that cannot be read is named in the summary; the rest of the archive is built all the same.

Options:
${SITE_OPTIONS_HELP}
  --debug              print the stack trace of internal errors

${EXIT_CODES_HELP}`,
  async run(args, { debug }) {
    const { values } = parseCommandLine(args, SITE_OPTIONS);
    const settings = settingsFromOptions(values);
    const progress = createProgress(process.stderr, progressMode(process.stderr));
    const result = await buildSite(settings, { onProgress: progress }).finally(() => progress.end());
    const failed = result.report.problems.some((p) => p.severity === "error");
    (failed ? console.error : console.log)(formatSummary(result, settings, { debug }));
    return failed ? 1 : 0;
  },
};
