/**
 * Ingest and extraction never throw, whatever the text: arbitrary stories built from the pieces
 * news is made of (and of the characters scraping leaves in it), in every article format, and
 * every beginning of real articles cut off anywhere.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { extractRecord } from "../../src/extract/index.ts";
import { ingestFile } from "../../src/ingest/index.ts";
import { knowledge } from "./helpers.ts";

const REPO = path.resolve(import.meta.dirname, "../..");

/** Ingests and extracts a file as the build does; returns how many paragraphs it kept. */
function read(file: string, text: string | Uint8Array): number {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  const { draft, problems } = ingestFile(file, bytes);
  if (!draft) {
    expect(problems.length).toBeGreaterThan(0);
    return 0;
  }
  const record = extractRecord(draft, knowledge());
  expect(Array.isArray(record.officials) && Array.isArray(record.countries)).toBe(true);
  return draft.paragraphs.length;
}

function dataFile<T>(name: string): T {
  return yaml.load(readFileSync(path.join(REPO, "data", name), "utf8")) as T;
}

const roles = dataFile<{ roles: { forms: string[] }[]; honorifics: string[] }>("roles.yaml");
const countries = dataFile<{ countries: Record<string, { names?: string[]; demonyms?: string[] } | null> }>("countries.yaml");

const TITLES = roles.roles.flatMap((role) => role.forms);
const HONORIFICS = roles.honorifics;
const COUNTRIES = Object.values(countries.countries).flatMap((entry) => [...(entry?.names ?? []), ...(entry?.demonyms ?? []).map((d) => `ال${d}`)]);
const NAMES = ["وانغ يي", "محمد بن سلمان آل سعود", "عبد الفتاح البرهان", "بيير-كريستوف", "سيرغي لافروف", "أبو مازن", "نور الدين", "ولد الشيخ", "آل ثاني", "بن", "عبد"];
const WORDS = ["قال", "وأضاف", "إن", "أن", "في", "من", "إلى", "على", "لدى", "مع", "الذي", "اليوم", "أمس", "الأحد", "يناير", "رمضان", "عام", "هـ", "م", "الحكومة", "اقرأ أيضا", "المصدر", "واس", "(كونا)", "شينخوا", "وكالات", "حزب", "المسلمة-نواز", "الحاكم"];
const MARKS = [".", "،", ",", "؛", ":", "؟", "!", "-", "–", "—", "ـ", "/", "|", "(", ")", "[", "]", "«", "»", "\"", "“", "”", "'", "*", "#", ">", "...", "…", "..", "&amp;", "<", "&"];
const LATIN = ["Reuters", "AFP", "the", "UN", "NATO", "http://example.com/a?b=c", "Ω", "ß"];
const ODD = ["😀", "🇸🇦", "ﷺ", "ﻻ", "ً", "ّ", "ٰ", "ـــ", "\u00a0", "\t", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\ud800", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u2028", "\r"];
const BIDI = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const INDIC = "٠١٢٣٤٥٦٧٨٩";

const number = fc.oneof(
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 0, max: 3000 }).map((n) => String(n).replace(/\d/g, (d) => INDIC[Number(d)]!)),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}/${m}/${y}`),
);

/** One piece of a story: a word, a name, a title, a country, a mark, a number or an odd character. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TITLES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...HONORIFICS) },
  { weight: 3, arbitrary: fc.constantFrom(...COUNTRIES) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.constantFrom(...LATIN) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD, ...BIDI) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
);

/** Pieces joined by spaces, nothing, or line breaks. */
const story = fc
  .array(fc.tuple(piece, fc.constantFrom(" ", " ", " ", "", "\n", "\n\n", " \n")), { maxLength: 60 })
  .map((parts) => parts.map(([text, gap]) => text + gap).join(""));

const TAGS = ["<p>", "</p>", "<div class=\"share\">", "</div>", "<h1>", "</h1>", "<br>", "<article>", "</article>", "<a href=\"/\">", "</a>", "<ul><li>", "</li></ul>", "<script>", "</script>", "<!--", "-->", "<time datetime=\"2024-13-45\">", "<meta property=\"article:published_time\" content=\"not-a-date\">", "&#x627;", "<title>"];
const page = fc.array(fc.oneof(story, fc.constantFrom(...TAGS)), { maxLength: 20 }).map((parts) => parts.join(""));

const frontMatter = fc
  .tuple(story, fc.constantFrom("2024-12-02", "not-a-date", "9999-12-31", "[KW, ZZ]", "\"KW\"", "{a: 1}", ""), story)
  .map(([title, value, source]) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${value}\ncountries: ${value}\nsource: ${JSON.stringify(source)}\n---\n`);

const RUNS = 1_500;

const FIXTURES = path.join(REPO, "tests/fixtures/never-breaks");

describe("the counter-examples found so far", () => {
  it.each(readdirSync(FIXTURES))("%s is read or refused, never a crash", (file) => {
    read(file, readFileSync(path.join(FIXTURES, file)));
  });
});

describe("any text built from the pieces of news", () => {
  it("a plain-text article of any such text is read or refused, never a crash", () => {
    fc.assert(fc.property(story, (text) => void read("story.txt", text)), { numRuns: RUNS });
  });

  it("a Markdown article, with or without front matter, is read or refused, never a crash", () => {
    const markdown = fc.tuple(fc.option(frontMatter), fc.constantFrom("", "# ", "## ", "> ", "- ", "1. "), story);
    fc.assert(fc.property(markdown, ([head, mark, text]) => void read("story.md", (head ?? "") + mark + text)), { numRuns: RUNS });
  });

  it("an HTML page of any such text and tags is read or refused, never a crash", () => {
    fc.assert(fc.property(page, (html) => void read("page.html", `<html><body>${html}</body></html>`)), { numRuns: RUNS });
  });

  it("any bytes at all are read or refused, never a crash", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("a.txt", "a.md", "a.html"), (bytes, file) => void read(file, bytes)), {
      numRuns: RUNS,
    });
  });
});

const CORPUS = path.resolve(REPO, "../shared/corpora/saudinewsnet.jsonl.gz");
const ARTICLES = 150;
/** Every word boundary of an article's opening (title, dateline, first names) is a cut, then some further on. */
const OPENING_WORDS = 40;
const LATER_CUTS = 12;
const ODD_CUTS = 3;

interface CorpusArticle {
  title: string;
  content: string;
  source?: string;
  date_extracted?: string;
}

/** Articles spread over the whole corpus (it is ordered by outlet). */
function corpusArticles(): CorpusArticle[] {
  const lines = gunzipSync(readFileSync(CORPUS)).toString("utf8").split("\n").filter(Boolean);
  const step = Math.floor(lines.length / ARTICLES);
  return Array.from({ length: ARTICLES }, (_, i) => JSON.parse(lines[i * step]!) as CorpusArticle);
}

/** Where to cut a text: word boundaries, the opening's all and later ones spread out, and a few odd offsets. */
function cuts(text: string, seed: number): number[] {
  const boundaries = [...text.matchAll(/\s+/g)].map((match) => match.index);
  const later = boundaries.slice(OPENING_WORDS);
  const spread = Array.from({ length: LATER_CUTS }, (_, i) => later[Math.floor((i * later.length) / LATER_CUTS)]);
  const odd = Array.from({ length: ODD_CUTS }, (_, i) => ((seed + 1) * 7919 * (i + 1)) % Math.max(1, text.length));
  return [...boundaries.slice(0, OPENING_WORDS), ...spread, ...odd, text.length].filter((cut): cut is number => cut !== undefined);
}

/** The article as a scraped page saves it (.txt), or with the front matter a scraper writes (.md). */
function asFile(article: CorpusArticle, index: number): [file: string, text: string] {
  const text = `${article.title}\n${article.content}`;
  if (index % 2 === 0) return ["article.txt", text];
  const head = `---\ntitle: ${JSON.stringify(article.title)}\nsource: ${JSON.stringify(article.source ?? "")}\n---\n`;
  return ["article.md", head + article.content];
}

describe.skipIf(!existsSync(CORPUS))(`every beginning of real articles (${path.relative(REPO, CORPUS)}; skipped when absent)`, () => {
  it("an article cut off after any word, or inside one, is read or refused, never a crash", () => {
    let drafts = 0;
    corpusArticles().forEach((article, index) => {
      const [file, text] = asFile(article, index);
      for (const cut of cuts(text, index)) drafts += read(file, text.slice(0, cut)) > 0 ? 1 : 0;
    });
    expect(drafts).toBeGreaterThan(ARTICLES);
  });
});
