/**
 * Picks the articles to label for the person tagger from SaudiNewsNet
 * (../shared/corpora/saudinewsnet.jsonl.gz): a fixed-seed sample, the same number from each
 * outlet, stories of 500–3,000 characters, written as articles.jsonl (id, source, title, text).
 * The first articles of each batch train; those whose id ends in an even digit of the
 * held-out share are never tuned on (see README.md).
 *
 *   node training/persons/sample-articles.mjs [COUNT] [OUT] [--with-roles] [--foreign]
 *
 * With --with-roles, only stories naming a role at least three times (وزير، رئيس، أمير، سفير…),
 * skipping the articles OUT already holds, so that a second sample adds officials to learn from.
 * With --foreign as well, only stories naming foreign officials' countries at least three times
 * (الأمريكي، الروسي، الإيراني…), so that the tagger meets foreign names.
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import { createGunzip } from "node:zlib";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const [countArg, outArg] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const count = Number(countArg ?? 320);
const out = outArg ?? fileURLToPath(new URL("articles.jsonl", import.meta.url));
const withRoles = process.argv.includes("--with-roles");
const foreign = process.argv.includes("--foreign");
const FOREIGN_WORDS = /(?:الأمريكي|الأميركي|الروسي|الإيراني|البريطاني|الفرنسي|التركي|الصيني|الألماني|الياباني|الإسرائيلي|اليمني|السوري|العراقي|المصري|الأوروبي|الأممي|اللبناني|الفلسطيني|الليبي)/g;
const ROLE_WORDS = /(?:^|\s)(?:[وفبل]?(?:ال)?(?:وزير|رئيس|أمير|سفير|محافظ|مدير|قائد|المتحدث|الأمين|الملك|ولي))/g;
const earlier = existsSync(out) ? readFileSync(out, "utf8").trim().split("\n").filter(Boolean) : [];
const taken = new Set(earlier.map((line) => JSON.parse(line).id));
const corpus = fileURLToPath(new URL("../../../shared/corpora/saudinewsnet.jsonl.gz", import.meta.url));

let seed = foreign ? 20261202 : withRoles ? 20261201 : 20261130;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const bySource = new Map();
let line = 0;
for await (const text of createInterface({ input: createReadStream(corpus).pipe(createGunzip()) })) {
  line++;
  const article = JSON.parse(text);
  const body = String(article.content ?? "").replace(/\r/g, "").replace(/\n\s*\n\s*/g, "\n\n").trim();
  if (body.length < 500 || body.length > 3000 || !article.title) continue;
  if (withRoles && (body.match(ROLE_WORDS)?.length ?? 0) < 3) continue;
  if (foreign && (body.match(FOREIGN_WORDS)?.length ?? 0) < 3) continue;
  if (taken.has(`${article.source}-${line}`)) continue;
  const list = bySource.get(article.source) ?? [];
  list.push({ id: `${article.source}-${line}`, source: article.source, title: article.title.trim(), text: body });
  bySource.set(article.source, list);
}
const sources = [...bySource.keys()].sort();
const chosen = [];
const left = () => sources.reduce((sum, source) => sum + bySource.get(source).length, 0);
while (chosen.length < count && left() > 0) {
  for (const source of sources) {
    const list = bySource.get(source);
    if (chosen.length >= count || list.length === 0) continue;
    chosen.push(list.splice(Math.floor(random() * list.length), 1)[0]);
  }
}
writeFileSync(out, [...earlier, ...chosen.map((article) => JSON.stringify(article))].join("\n") + "\n");
console.log(`${chosen.length} articles from ${sources.length} outlets → ${out}`);
