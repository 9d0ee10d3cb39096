/**
 * Extraction quality on the gold set (tests/fixtures/extraction/*.txt, each with a sibling
 * *.gold.json an editor signed off): every article is ingested, extracted and, across the
 * set, unified as the archive would do; the result is compared with the gold.
 *
 *   npm run eval:extract [-- --quiet]
 *
 * Countries and officials: micro-averaged precision, recall and F1. An official matches on
 * name (the gold spelling or one of its aliases against the extracted name or its aliases,
 * compared in matching form without spaces) and is a true positive whatever its role; the
 * country of matched officials is reported apart. Dates: recall of the explicit dates.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestFile } from "../src/ingest/index.ts";
import { extractRecord } from "../src/extract/index.ts";
import { loadKnowledge, type Knowledge } from "../src/extract/knowledge.ts";
import { unifyOfficials } from "../src/archive/identities.ts";
import { nameKey } from "../src/extract/officials/fixes.ts";
import type { ArticleRecord, Official } from "../src/record.ts";

export const GOLD_DIR = new URL("../tests/fixtures/extraction/", import.meta.url);

export interface GoldOfficial {
  name: string;
  aliases?: string[];
  role?: string;
  country?: string;
}

export interface Gold {
  countries: string[];
  officials: GoldOfficial[];
  dates: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleResult {
  file: string;
  countries: { missed: string[]; extra: string[] };
  officials: { missed: string[]; extra: string[]; wrongCountry: string[] };
  dates: { missed: string[]; extra: string[] };
}

export interface Evaluation {
  articles: ArticleResult[];
  countries: Counts;
  officials: Counts;
  /** Matched officials whose gold has a country: how many the extraction gave that country. */
  officialCountry: { right: number; total: number };
  dates: { found: number; total: number };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scores({ tp, fp, fn }: Counts): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function compactKey(name: string): string {
  return nameKey(name).replace(/ /g, "");
}

function spellings(official: { name: string; aliases?: string[] }): Set<string> {
  return new Set([official.name, ...(official.aliases ?? [])].map(compactKey));
}

/** Records of the gold set's articles, unified across the set, each with its gold. */
export function extractGoldSet(knowledge: Knowledge = loadKnowledge()): { record: ArticleRecord; gold: Gold }[] {
  const files = readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith(".txt"))
    .sort();
  const records = files.map((file) => {
    const { draft } = ingestFile(file, readFileSync(new URL(file, GOLD_DIR)));
    if (!draft) throw new Error(`${file}: ingest made no draft`);
    return { id: file.replace(/\.txt$/, ""), ...extractRecord(draft, knowledge) };
  });
  const unified = unifyOfficials(records, knowledge);
  return unified.map((record, i) => {
    const goldFile = files[i]!.replace(/\.txt$/, ".gold.json");
    const gold = JSON.parse(readFileSync(new URL(goldFile, GOLD_DIR), "utf8")) as Gold;
    return { record, gold };
  });
}

export function evaluate(pairs: { record: ArticleRecord; gold: Gold }[]): Evaluation {
  const result: Evaluation = {
    articles: [],
    countries: { tp: 0, fp: 0, fn: 0 },
    officials: { tp: 0, fp: 0, fn: 0 },
    officialCountry: { right: 0, total: 0 },
    dates: { found: 0, total: 0 },
  };
  for (const { record, gold } of pairs) {
    const article: ArticleResult = {
      file: record.file,
      countries: { missed: [], extra: [] },
      officials: { missed: [], extra: [], wrongCountry: [] },
      dates: { missed: [], extra: [] },
    };
    const goldCountries = new Set(gold.countries);
    const found = new Set(record.countries);
    for (const code of goldCountries) {
      if (found.has(code)) result.countries.tp++;
      else (result.countries.fn++, article.countries.missed.push(code));
    }
    for (const code of found) if (!goldCountries.has(code)) (result.countries.fp++, article.countries.extra.push(code));

    const unmatched = new Set<Official>(record.officials);
    for (const person of gold.officials) {
      const keys = spellings(person);
      const match = [...unmatched].find((o) => [...spellings(o)].some((key) => keys.has(key)));
      if (!match) {
        result.officials.fn++;
        article.officials.missed.push(`${person.name} (${person.country ?? "-"})`);
        continue;
      }
      unmatched.delete(match);
      result.officials.tp++;
      if (person.country) {
        result.officialCountry.total++;
        if (match.country === person.country) result.officialCountry.right++;
        else article.officials.wrongCountry.push(`${person.name}: ${match.country ?? "-"} for ${person.country}`);
      }
    }
    for (const o of unmatched) {
      result.officials.fp++;
      article.officials.extra.push(`${o.name} (${o.country ?? "-"}, ${o.role ?? "-"})`);
    }

    const dates = new Set(record.dates);
    for (const date of gold.dates) {
      result.dates.total++;
      if (dates.has(date)) result.dates.found++;
      else article.dates.missed.push(date);
    }
    article.dates.extra = record.dates.filter((d) => !gold.dates.includes(d));
    result.articles.push(article);
  }
  return result;
}

function pct(value: number): string {
  return (100 * value).toFixed(1).padStart(5);
}

export function report(evaluation: Evaluation, { quiet = false } = {}): string {
  const lines: string[] = [];
  if (!quiet) {
    for (const a of evaluation.articles) {
      const parts: string[] = [];
      if (a.countries.missed.length) parts.push(`  countries missed: ${a.countries.missed.join(" ")}`);
      if (a.countries.extra.length) parts.push(`  countries false:  ${a.countries.extra.join(" ")}`);
      if (a.officials.missed.length) parts.push(`  officials missed: ${a.officials.missed.join("، ")}`);
      if (a.officials.extra.length) parts.push(`  officials false:  ${a.officials.extra.join("، ")}`);
      if (a.officials.wrongCountry.length) parts.push(`  official country: ${a.officials.wrongCountry.join("، ")}`);
      if (a.dates.missed.length) parts.push(`  dates missed:     ${a.dates.missed.join(" ")}`);
      if (a.dates.extra.length) parts.push(`  dates extra (not scored): ${a.dates.extra.join(" ")}`);
      if (parts.length) lines.push(a.file, ...parts);
    }
    lines.push("");
  }
  const row = (label: string, counts: Counts) => {
    const s = scores(counts);
    return `${label.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${counts.tp}, fp ${counts.fp}, fn ${counts.fn})`;
  };
  lines.push(`${evaluation.articles.length} articles`);
  lines.push(row("countries", evaluation.countries));
  lines.push(row("officials", evaluation.officials));
  const oc = evaluation.officialCountry;
  lines.push(`official country accuracy (matched): ${pct(oc.total ? oc.right / oc.total : 1)}  (${oc.right}/${oc.total})`);
  const d = evaluation.dates;
  lines.push(`dates      recall ${pct(d.total ? d.found / d.total : 1)}  (${d.found}/${d.total})`);
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(report(evaluate(extractGoldSet()), { quiet: process.argv.includes("--quiet") }));
}
