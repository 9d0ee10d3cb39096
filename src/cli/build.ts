import type { Command } from "./main.ts";
import { parseCommandLine, settingsFromOptions, SITE_OPTIONS, SITE_OPTIONS_HELP } from "./options.ts";
import { buildSite } from "../build/build-site.ts";
import { formatSummary } from "./summary.ts";

export const buildCommand: Command = {
  summary: "build the site from the articles into _site/",
  help: `Usage: arshif build [options]

Reads every file in the articles folder, annotates it (countries, officials, dates, topics),
and writes the website with its search index. Exits with 1 when any file was rejected;
the rest of the archive is built all the same.

Options:
${SITE_OPTIONS_HELP}`,
  async run(args) {
    const { values } = parseCommandLine(args, SITE_OPTIONS);
    const settings = settingsFromOptions(values);
    const result = await buildSite(settings);
    const summary = formatSummary(result, settings);
    (result.report.problems.some((p) => p.severity === "error") ? console.error : console.log)(summary);
    return result.report.problems.some((p) => p.severity === "error") ? 1 : 0;
  },
};
