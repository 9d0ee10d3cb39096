/**
 * Officials on the training articles, each judged by a tagger trained without it: the training
 * articles in k folds (every k-th article), a tagger trained on the others for each. What to
 * choose features and rules by, without looking at the held-out batches.
 *
 *   npx tsx training/persons/crossval.ts [--folds 3] [--epochs 8] [--list] [--models DIR]
 *
 * --models DIR keeps each fold's tagger in DIR and reuses it when there: to try a rule's
 * setting without training again (delete DIR when the features or the labels change).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { compileKnowledge, loadKnowledgeData } from "../../src/extract/knowledge.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { extractRecord } from "../../src/extract/index.ts";
import { unifyOfficials } from "../../src/archive/identities.ts";
import { TAGS } from "../../src/extract/persons/tagger.ts";
import { asTextFile, loadLabelledSet } from "./labelled-set.ts";
import { exampleOf, train } from "./train.ts";
import { describe, evaluateOfficials, type OfficialsEvaluation } from "./evaluate.ts";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const folds = option("--folds", 3);
const epochs = option("--epochs", 8);
const data = { ...loadKnowledgeData(), personTagger: undefined };
const bare = compileKnowledge(data);
const articles = loadLabelledSet().filter((article) => !article.heldOut);
const modelsAt = process.argv.indexOf("--models");
const modelDir = modelsAt > 0 ? process.argv[modelsAt + 1]! : undefined;
let examples: ReturnType<typeof exampleOf>[] | undefined;
const total: OfficialsEvaluation = { articles: 0, tp: 0, fp: 0, fn: 0, country: { right: 0, total: 0 }, causes: new Map(), wrongCountry: [] };
for (let fold = 0; fold < folds; fold++) {
  const saved = modelDir && `${modelDir}/fold-${fold + 1}-of-${folds}.json`;
  let model;
  if (saved && existsSync(saved)) model = JSON.parse(readFileSync(saved, "utf8"));
  else {
    examples ??= articles.map((article) => exampleOf(article, bare));
    const weights = train(examples.filter((_, i) => i % folds !== fold), epochs, true);
    const features = [...weights.keys()].sort();
    model = { tags: TAGS, features, weights: features.flatMap((feature) => weights.get(feature)!) };
    if (saved) {
      mkdirSync(modelDir!, { recursive: true });
      writeFileSync(saved, JSON.stringify(model));
    }
  }
  const knowledge = compileKnowledge({ ...data, personTagger: model });
  const judged = articles.filter((_, i) => i % folds === fold);
  const records = unifyOfficials(
    judged.map((article) => {
      const { draft } = ingestFile(`${article.id}.txt`, Buffer.from(asTextFile(article)));
      if (!draft) throw new Error(`${article.id}: no draft`);
      return { id: article.id, ...extractRecord({ ...draft, source: draft.source ?? article.source }, knowledge) };
    }),
    knowledge,
  );
  const result = evaluateOfficials(judged, records);
  total.articles += result.articles;
  total.tp += result.tp;
  total.fp += result.fp;
  total.fn += result.fn;
  total.country.right += result.country.right;
  total.country.total += result.country.total;
  total.wrongCountry.push(...result.wrongCountry);
  for (const [cause, items] of result.causes) total.causes.set(cause, [...(total.causes.get(cause) ?? []), ...items]);
  console.error(`fold ${fold + 1} of ${folds}: tp ${result.tp} fp ${result.fp} fn ${result.fn}`);
}
console.log(describe(total, { list: process.argv.includes("--list") }));
