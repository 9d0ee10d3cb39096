/**
 * Officials on the labelled articles, as the product extracts them (ingest, extract, unify):
 * precision, recall and F1, the official's country, and every error by cause.
 *
 *   npx tsx training/persons/evaluate.ts [--held-out | --train] [--list]
 *
 * A found official matches a labelled one when their names are the same in matching form. An
 * error's cause: "not a person" (the name shares no word with any person of the labels),
 * "not an official" (a labelled person the labels give no role), "name too long / too short"
 * (it shares words with a labelled official's name but is not it), "missed" (no found name
 * shares a word with the labelled official).
 */
import { ingestFile } from "../../src/ingest/index.ts";
import { extractRecord } from "../../src/extract/index.ts";
import { loadKnowledge } from "../../src/extract/knowledge.ts";
import { unifyOfficials } from "../../src/archive/identities.ts";
import { nameKey } from "../../src/extract/officials/fixes.ts";
import type { ArticleRecord } from "../../src/record.ts";
import { asTextFile, loadLabelledSet, type LabelledArticle } from "./labelled-set.ts";

type Cause = "not a person" | "not an official" | "name too long" | "name too short" | "name overlaps" | "missed";

export interface OfficialsEvaluation {
  articles: number;
  tp: number;
  fp: number;
  fn: number;
  country: { right: number; total: number };
  causes: Map<Cause, string[]>;
  wrongCountry: string[];
}

const compact = (name: string) => nameKey(name).replace(/ /g, "");
const words = (name: string) => new Set(nameKey(name).split(" "));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w) && w.length > 2);

export function extractLabelled(articles: LabelledArticle[]): ArticleRecord[] {
  const knowledge = loadKnowledge();
  const records = articles.map((article) => {
    const { draft } = ingestFile(`${article.id}.txt`, Buffer.from(asTextFile(article)));
    if (!draft) throw new Error(`${article.id}: ingest made no draft`);
    // The outlet, as an archive's front matter or folder gives it: it tells an unqualified official's country.
    return { id: article.id, ...extractRecord({ ...draft, source: draft.source ?? article.source }, knowledge) };
  });
  return unifyOfficials(records, knowledge);
}

export function evaluateOfficials(articles: LabelledArticle[], records: ArticleRecord[]): OfficialsEvaluation {
  const result: OfficialsEvaluation = { articles: articles.length, tp: 0, fp: 0, fn: 0, country: { right: 0, total: 0 }, causes: new Map(), wrongCountry: [] };
  const note = (cause: Cause, text: string) => result.causes.set(cause, [...(result.causes.get(cause) ?? []), text]);
  articles.forEach((article, i) => {
    const found = records[i]!.officials;
    const foundKeys = found.map((o) => new Set([o.name, ...(o.aliases ?? [])].map(compact)));
    const matched = new Set<number>();
    for (const gold of article.officials) {
      const j = foundKeys.findIndex((keys, k) => !matched.has(k) && keys.has(compact(gold.name)));
      if (j < 0) {
        result.fn++;
        if (!found.some((o) => shares(words(o.name), words(gold.name)))) note("missed", `${article.id}: ${gold.name} (${gold.role ?? "-"})`);
        continue;
      }
      matched.add(j);
      result.tp++;
      if (gold.country) {
        result.country.total++;
        if (found[j]!.country === gold.country) result.country.right++;
        else result.wrongCountry.push(`${article.id}: ${gold.name} ${found[j]!.country ?? "-"} for ${gold.country}`);
      }
    }
    const personWords = article.persons.map(words);
    const officialKeys = new Set(article.officials.map((o) => compact(o.name)));
    found.forEach((official, k) => {
      if (matched.has(k)) return;
      result.fp++;
      const own = words(official.name);
      const text = `${article.id}: ${official.name} (${official.role ?? "-"}, ${official.country ?? "-"})`;
      const gold = article.officials.find((o) => shares(words(o.name), own));
      if (gold) {
        const goldWords = words(gold.name);
        const cause = own.size > goldWords.size ? "name too long" : own.size < goldWords.size ? "name too short" : "name overlaps";
        note(cause, `${text} for ${gold.name}`);
      } else if (article.persons.some((p) => compact(p) === compact(official.name)) && !officialKeys.has(compact(official.name))) {
        note("not an official", text);
      } else if (personWords.some((p) => shares(p, own))) note("name overlaps", text);
      else note("not a person", text);
    });
  });
  return result;
}

const pct = (n: number, d: number) => (d === 0 ? "  -  " : ((100 * n) / d).toFixed(1).padStart(5));

export function describe(result: OfficialsEvaluation, { list = false } = {}): string {
  const { tp, fp, fn } = result;
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const lines = [
    `${result.articles} articles, ${tp + fn} labelled officials`,
    `officials  P ${pct(tp, tp + fp)}  R ${pct(tp, tp + fn)}  F1 ${(100 * f1).toFixed(1).padStart(5)}   (tp ${tp}, fp ${fp}, fn ${fn})`,
    `official country right (matched, labelled with one): ${pct(result.country.right, result.country.total)}  (${result.country.right}/${result.country.total})`,
    "errors by cause:",
    ...[...result.causes].sort((a, b) => b[1].length - a[1].length).map(([cause, items]) => `  ${cause.padEnd(16)} ${items.length}`),
  ];
  if (list) {
    for (const [cause, items] of result.causes) lines.push("", `## ${cause}`, ...items);
    lines.push("", "## wrong country", ...result.wrongCountry);
  }
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = loadLabelledSet();
  const wanted = process.argv.includes("--held-out") ? all.filter((a) => a.heldOut) : process.argv.includes("--train") ? all.filter((a) => !a.heldOut) : all;
  console.log(describe(evaluateOfficials(wanted, extractLabelled(wanted)), { list: process.argv.includes("--list") }));
}
