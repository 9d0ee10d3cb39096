import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Command } from "./main.ts";
import { ARCHIVE_OPTIONS, ARCHIVE_OPTIONS_HELP, archiveFromOptions, parseCommandLine } from "./options.ts";
import { UsageError } from "./usage-error.ts";
import { csvHeader, csvRow, exportRecords, jsonLine } from "../export/records.ts";
import { siteLinks } from "../site/links.ts";
import { reportProblems } from "./summary.ts";

const EXPORT_OPTIONS = {
  ...ARCHIVE_OPTIONS,
  format: { type: "string", default: "jsonl" },
  output: { type: "string" },
  "path-prefix": { type: "string" },
  "site-url": { type: "string" },
} as const;

const FORMATS = ["jsonl", "csv"] as const;

export const exportCommand: Command = {
  summary: "write one record per article (who, where, when, what, its copies) as JSON Lines or CSV",
  help: `Usage: arshif export [--format jsonl|csv] [--output FILE] [options]

Writes one record per article: id, file, url, title, date, source, place, countries,
officials (name, role, country), dates, topics, copies (the other articles of the same
story) and story (the story's main article). The README's "Exporting the records" describes
each field. Articles read before by a build are not read again (the record cache).

  --format jsonl|csv   JSON Lines (default), or CSV with a header row and lists in one cell
  --output FILE        write to FILE instead of the standard output
${ARCHIVE_OPTIONS_HELP}
  --site-url URL       write each article's full URL (else its path on the site)
  --path-prefix PATH   sub-path the site is served under (default: /)`,
  async run(args) {
    const { values } = parseCommandLine(args, EXPORT_OPTIONS);
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be jsonl or csv, not "${values.format}".`);
    const { archive, settings, problems } = await archiveFromOptions(values, {
      pathPrefix: values["path-prefix"],
      siteUrl: values["site-url"],
    });
    const records = exportRecords(archive, siteLinks(settings.pathPrefix, settings.siteUrl));
    const lines = format === "csv" ? [csvHeader(), ...records.map(csvRow)] : records.map(jsonLine);
    const out = values.output ? createWriteStream(values.output) : process.stdout;
    await writeLines(out, lines, format === "csv" ? "\r\n" : "\n");
    reportProblems(problems, settings);
    if (values.output) console.error(`arshif export: ${records.length} records written to ${values.output}`);
    return problems.some((p) => p.severity === "error") ? 1 : 0;
  },
};

/** Writes the lines, waiting whenever the stream asks to (a pipe into a slower reader); closes a file. */
async function writeLines(out: Writable, lines: string[], end: string): Promise<void> {
  for (const line of lines) if (!out.write(line + end)) await once(out, "drain");
  if (out !== process.stdout) {
    out.end();
    await once(out, "finish");
  }
}
