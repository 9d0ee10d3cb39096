/**
 * A random sample of a built site's official pages, to read as a reader would: each
 * official's name, roles, country and article count, one line each.
 *
 *   npx tsx scripts/sample-officials.ts SITE_DIR [COUNT=100] [SEED=1]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const [site, countArg = "100", seedArg = "1"] = process.argv.slice(2);
if (!site || !existsSync(path.join(site, "officials"))) {
  console.error("usage: npx tsx scripts/sample-officials.ts SITE_DIR [COUNT] [SEED] (a built site with an officials/ folder)");
  process.exit(2);
}
const slugs = readdirSync(path.join(site, "officials"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(site, "officials", entry.name, "index.html")))
  .map((entry) => entry.name)
  .filter((slug) => !/^(page-|\d+$)/.test(slug))
  .sort();

let state = Number(seedArg) * 2654435761 % 2147483648;
const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
const sample = new Set<string>();
while (sample.size < Math.min(Number(countArg), slugs.length)) sample.add(slugs[Math.floor(random() * slugs.length)]!);

/** The article count its description gives ("مقالة واحدة تذكر …", "مقالتان …", "١٢ مقالة …"). */
function articleCount(html: string): number {
  const description = (/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "").replace(/\u00a0/g, " ");
  if (description.startsWith("مقالة واحدة")) return 1;
  if (description.startsWith("مقالتان")) return 2;
  const digits = /^[\d٠-٩٬,]+/.exec(description)?.[0] ?? "0";
  return Number(digits.replace(/[٬,]/g, "").replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const field = (html: string, label: string) => text(new RegExp(`<dt>${label}</dt>\\s*<dd>([\\s\\S]*?)</dd>`).exec(html)?.[1] ?? "");
console.log(`${slugs.length} official pages; ${sample.size} drawn with seed ${seedArg}`);
[...sample].forEach((slug, i) => {
  const html = readFileSync(path.join(site, "officials", slug, "index.html"), "utf8");
  const name = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "?");
  const roles = field(html, "المناصب") || field(html, "المنصب");
  const country = field(html, "الدولة");
  const spellings = field(html, "يُكتب اسمه أيضًا");
  console.log(`${String(i + 1).padStart(3)}. ${name} | ${roles || "-"} | ${country || "-"} | ${articleCount(html)}${spellings ? ` | also: ${spellings}` : ""}`);
});
