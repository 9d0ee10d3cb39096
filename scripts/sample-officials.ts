/**
 * npm run sample:officials -- SITE [SEED] [COUNT]: prints COUNT (100) official pages of a built
 * site, picked at random by SEED (1), one line each: the name as the page heads it, its article
 * count, and its roles, other spellings and country. For reading a sample by eye, as the
 * officials issue asks ("at least 90 of 100 a clean person's name with a sensible role").
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [site, seed = "1", count = "100"] = process.argv.slice(2);
if (!site) {
  console.error("Usage: npm run sample:officials -- SITE [SEED] [COUNT]");
  process.exit(2);
}
const folder = path.join(site, "officials");
const pages = readdirSync(folder).filter((slug) => existsSync(path.join(folder, slug, "index.html"))).sort();
const picked = sample(pages, Number(count), Number(seed));
picked.forEach((slug, i) => {
  const main = between(readFileSync(path.join(folder, slug, "index.html"), "utf8"), "<main", "</main>");
  const [name, lead, facts] = [/<h1>(.*?)<\/h1>/s, /<p class="lead">(.*?)<\/p>/s, /<dl class="facts">(.*?)<\/dl>/s].map((pattern) => plainText(main.match(pattern)?.[1] ?? ""));
  console.log(`${String(i + 1).padStart(3)} ${name} | ${lead} | ${facts}`);
});

/** `count` items picked without repeats by a linear congruential generator: the same seed, the same sample. */
function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  let state = seed % 2147483648;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const picked = new Set<T>();
  while (picked.size < Math.min(count, items.length)) picked.add(items[Math.floor(random() * items.length)]!);
  return [...picked].sort();
}

function between(text: string, start: string, end: string): string {
  return text.slice(text.indexOf(start), text.indexOf(end));
}

function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}
