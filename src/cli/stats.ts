import type { Command } from "./main.ts";
import { ARCHIVE_OPTIONS, ARCHIVE_OPTIONS_HELP, archiveFromOptions, parseCommandLine } from "./options.ts";
import { UsageError } from "./usage-error.ts";
import { archiveStats, statsTable } from "../export/stats.ts";
import { sourceResolver, sourcesData } from "../extract/sources.ts";
import { reportProblems } from "./summary.ts";

const STATS_OPTIONS = {
  ...ARCHIVE_OPTIONS,
  json: { type: "boolean", default: false },
  limit: { type: "string", default: "20" },
} as const;

export const statsCommand: Command = {
  summary: "count stories and articles by country, topic, official, source, year and month",
  help: `Usage: arshif stats [--json] [--limit N] [options]

Counts the archive's stories (a story with copies counts once) and articles (every copy
counts) by country, topic, official, source, year and month: a table on the terminal,
or every count as one JSON object with --json.

  --json               print JSON instead of a table
  --limit N            rows of each table (default 20; 0 for all); JSON has them all
${ARCHIVE_OPTIONS_HELP}`,
  async run(args) {
    const { values } = parseCommandLine(args, STATS_OPTIONS);
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number, 0 or more, not "${values.limit}".`);
    const { archive, settings, problems } = await archiveFromOptions(values);
    const source = sourceResolver(sourcesData(settings.dataDir));
    const stats = archiveStats(archive, (written) => source(written)?.name ?? written);
    console.log(values.json ? JSON.stringify(stats, null, 2) : statsTable(stats, limit));
    reportProblems(problems, settings);
    return problems.some((p) => p.severity === "error") ? 1 : 0;
  },
};
