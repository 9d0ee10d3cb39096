import path from "node:path";
import type { Command } from "./main.ts";
import { parseCommandLine } from "./options.ts";
import { loadSettings, type Settings } from "../config/settings.ts";
import { annotationFields } from "../ingest/annotations.ts";
import { articleId } from "../ingest/slug.ts";
import { loadKnowledge } from "../extract/knowledge.ts";
import { unifyOfficials } from "../archive/identities.ts";
import { annotateArticles } from "../files/annotate.ts";
import { listFiles } from "../files/read-articles.ts";
import { ingestOptions } from "../build/project.ts";
import { readArticlesParallel } from "../build/read-articles-parallel.ts";
import type { ArticleRecord, Problem } from "../record.ts";
import { formatProblem } from "./summary.ts";

const ANNOTATE_OPTIONS = {
  json: { type: "boolean", default: false },
  articles: { type: "string" },
  data: { type: "string" },
} as const;

export const annotateCommand: Command = {
  summary: "write each article's annotations as front matter a person can correct (--json: print them)",
  help: `Usage: arshif annotate [--json] [FILE...]

Annotates articles (the given files, or every file in the articles folder) with their
title, date, source, countries, officials, dates and topics, and writes them as YAML
front matter: into the file itself for Markdown, into a Markdown file of the same name
beside it for .txt and .html (that file then stands for the article). Values you have
edited in the front matter are kept; new fields are added.

  --json               print one JSON object per line and per file; write nothing
  --articles DIR       folder of article files (default: articles)
  --data DIR           folder of your own data files (countries, officials, topics, boilerplate)`,
  async run(args) {
    const { values, positionals } = parseCommandLine(args, ANNOTATE_OPTIONS);
    const settings = loadSettings(process.cwd(), { articlesDir: values.articles, dataDir: values.data });
    const files = positionals.length
      ? positionals.map((p) => path.relative(settings.articlesDir, path.resolve(p)).split(path.sep).join("/"))
      : await listFiles(settings.articlesDir);
    const { records, problems } = await annotateRecords(settings, files);

    if (values.json) {
      for (const record of records) console.log(JSON.stringify(jsonLine(record, settings)));
    } else {
      const summary = await annotateArticles(settings.articlesDir, records);
      problems.push(...summary.problems);
      console.log(`arshif annotate: ${summary.written.length} file(s) written, ${summary.unchanged.length} unchanged`);
      for (const file of summary.written) console.log(`  wrote ${file}`);
    }
    for (const problem of problems) console.error(formatProblem(problem, settings));
    return problems.some((p) => p.severity === "error") ? 1 : 0;
  },
};

/** The records of the given files (relative to the articles folder), officials unified across them. */
async function annotateRecords(settings: Settings, files: string[]): Promise<{ records: ArticleRecord[]; problems: Problem[] }> {
  const knowledge = loadKnowledge(settings.dataDir);
  const context = { knowledge, ingest: ingestOptions(settings.dataDir) };
  const outcomes = await readArticlesParallel(settings.articlesDir, files, { dataDir: settings.dataDir, context });
  const records = outcomes.flatMap(({ record }) => (record ? [{ id: articleId(record.file), ...record }] : []));
  return { records: unifyOfficials(records, knowledge), problems: outcomes.flatMap((outcome) => outcome.problems) };
}

function jsonLine(record: ArticleRecord, settings: Settings) {
  return { file: path.relative(process.cwd(), path.join(settings.articlesDir, record.file)), ...annotationFields(record) };
}
