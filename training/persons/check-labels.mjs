/**
 * Checks label files against the articles they label: every id known, every person string
 * present verbatim in the title or text, every official's name among the persons (or a
 * string of the text), countries ISO 3166-1 alpha-2.
 *
 *   node training/persons/check-labels.mjs [labels/batch-1.jsonl ...]
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const articles = new Map(
  readFileSync(here("articles.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line)).map((a) => [a.id, a]),
);
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(here("labels")).map((f) => here(`labels/${f}`));
let problems = 0;
const report = (file, id, message) => {
  problems++;
  console.log(`${file} ${id}: ${message}`);
};
for (const file of files) {
  const seen = new Set();
  for (const line of readFileSync(file, "utf8").split("\n").filter((l) => l.trim())) {
    const label = JSON.parse(line);
    const article = articles.get(label.id);
    if (!article) { report(file, label.id, "unknown id"); continue; }
    if (seen.has(label.id)) report(file, label.id, "labelled twice");
    seen.add(label.id);
    const text = `${article.title}\n${article.text}`;
    if (!Array.isArray(label.persons) || !Array.isArray(label.officials)) report(file, label.id, "persons and officials must be arrays");
    for (const person of label.persons ?? []) if (!text.includes(person)) report(file, label.id, `person not in text: «${person}»`);
    for (const official of label.officials ?? []) {
      if (!text.includes(official.name)) report(file, label.id, `official not in text: «${official.name}»`);
      if (!(label.persons ?? []).includes(official.name)) report(file, label.id, `official not among persons: «${official.name}»`);
      if (official.country !== undefined && !/^[A-Z]{2}$/.test(official.country)) report(file, label.id, `bad country ${official.country}`);
      if (!official.role) report(file, label.id, `official without role: «${official.name}»`);
    }
  }
  console.log(`${file}: ${seen.size} articles`);
}
console.log(problems === 0 ? "labels ok" : `${problems} problems`);
process.exitCode = problems === 0 ? 0 : 1;
