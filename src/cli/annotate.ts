import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Command } from "./main.ts";
import { parseCommandLine } from "./options.ts";
import { loadSettings } from "../config/settings.ts";
import { ingestFile } from "../ingest/index.ts";
import { extractRecord } from "../extract/index.ts";
import { loadKnowledge } from "../extract/knowledge.ts";
import { listFiles } from "../files/read-articles.ts";
import { formatProblem } from "./summary.ts";

const ANNOTATE_OPTIONS = {
  json: { type: "boolean", default: false },
  articles: { type: "string" },
  data: { type: "string" },
} as const;

export const annotateCommand: Command = {
  summary: "write each article's annotations as front matter a person can correct (--json: print them)",
  help: `Usage: arshif annotate [--json] [FILE...]

Reads articles (the given files, or every file in the articles folder) and annotates each
with its title, date, source, countries, officials, dates and topics.

  --json               print one JSON object per line and per file instead of writing files
  --articles DIR       folder of article files (default: articles)
  --data DIR           folder of your own data files (countries, officials, topics, boilerplate)`,
  async run(args) {
    const { values, positionals } = parseCommandLine(args, ANNOTATE_OPTIONS);
    const settings = loadSettings(process.cwd(), { articlesDir: values.articles, dataDir: values.data });
    const knowledge = loadKnowledge(settings.dataDir);
    const files = positionals.length
      ? positionals.map((p) => path.resolve(p))
      : (await listFiles(settings.articlesDir)).map((f) => path.join(settings.articlesDir, f));
    let failed = false;
    for (const absolute of files) {
      const file = path.relative(settings.articlesDir, absolute).split(path.sep).join("/");
      const { draft, problems } = ingestFile(file.startsWith("..") ? absolute : file, await readFile(absolute));
      for (const problem of problems) console.error(formatProblem(problem, settings));
      if (!draft) {
        failed = true;
        continue;
      }
      const record = extractRecord(draft, knowledge);
      const { title, date, source, countries, officials, dates, topics } = record;
      console.log(JSON.stringify({ file: path.relative(process.cwd(), absolute), title, date, source, countries, officials, dates, topics }));
    }
    return failed ? 1 : 0;
  },
};
