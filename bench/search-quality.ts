/**
 * How well the search page finds an article the way readers type: targets are drawn from a built
 * site's own articles (a fixed seed), each asked by the two rarest words of its headline (in its
 * order) in seven forms (as written, with a clitic, ة/ه swapped, hamza dropped, tashkeel added,
 * tatweel inserted, one letter missing). Every query runs through the real search page in headless Chromium; a hit
 * is the target (or an exact copy of it: the same headline) among the first ten results. Prints
 * hit@10 and the mean reciprocal rank per form, and query times (numbers such as «2018» too);
 * with --peer, the same queries against plain Pagefind over the same articles (bench:peer --keep DIR
 * writes one in DIR/hugo/public).
 * Usage: npm run bench:search-quality -- SITE_DIR [--peer PEER_SITE_DIR] [--targets N] [--seed N] [--form FORM] [--verbose] [--list]
 * (--form asks only the queries of one form, e.g. "letter missing"; --list prints the queries, one a line, and asks none; --verbose lists the queries
 * whose target was not first, with the target's headline, and those slower than a second).
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeHTML } from "entities";
import type { Browser, Page } from "playwright-core";
import { matchWords } from "../src/text/normalize.ts";
import { launchChromium, serveStatic, type StaticServer } from "../tests/support/browser.ts";
import { waitForSearch } from "../tests/search/search-page.ts";
import { queryForms, FORMS, type Form } from "./search-quality-forms.ts";

const { values: flags, positionals } = parseArgs({
  options: { peer: { type: "string" }, targets: { type: "string" }, seed: { type: "string" }, form: { type: "string" }, verbose: { type: "boolean" }, list: { type: "boolean" } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("usage: npm run bench:search-quality -- SITE_DIR [--peer PEER_SITE_DIR] [--targets N] [--seed N] [--form FORM] [--verbose] [--list]");
  process.exit(2);
}
const SITE = path.resolve(positionals[0]!);
const TARGETS = Number(flags.targets ?? 60);
const SEED = Number(flags.seed ?? 12);
const NUMBER_QUERIES = ["2018", "2015", "1000", "30"];
const TOP = 10;
const ASKED_FORMS = flags.form ? FORMS.filter((form) => form === flags.form) : FORMS;
if (ASKED_FORMS.length === 0) {
  console.error(`--form is one of: ${FORMS.join(", ")}`);
  process.exit(2);
}
/** Queries slower than this are listed with --verbose. */
const SLOW_MS = 1000;

interface Article {
  title: string;
  /** A copy of another article's story: search shows that one instead, so it is no target. */
  isCopy: boolean;
  titleWords: string[];
  words: Set<string>;
}

/** A target and the query of each form. */
interface Target {
  title: string;
  queries: Record<Form, string>;
}

// ── The articles of the site ───────────────────────────────────────────────────────────────────

const H1 = /<h1[^>]*>([\s\S]*?)<\/h1>/;
const STORY = /<div class="story">([\s\S]*?)<\/div>/;

function textOf(html: string): string {
  return decodeHTML(html.replace(/<[^>]+>/g, " "));
}

async function readArticles(site: string): Promise<Article[]> {
  const dir = path.join(site, "articles");
  const ids = (await readdir(dir)).sort();
  const articles: Article[] = [];
  for (let start = 0; start < ids.length; start += 256) {
    const pages = await Promise.all(ids.slice(start, start + 256).map((id) => readFile(path.join(dir, id, "index.html"), "utf8").catch(() => "")));
    for (const page of pages) {
      const title = textOf(H1.exec(page)?.[1] ?? "").trim();
      if (!title) continue;
      const titleWords = matchWords(title);
      articles.push({ title, isCopy: page.includes('class="copy-of"'), titleWords, words: new Set([...titleWords, ...matchWords(textOf(STORY.exec(page)?.[1] ?? ""))]) });
    }
  }
  return articles;
}

// ── Targets: rare headline words, a fixed seed ────────────────────────────────────────────────

/** mulberry32: a small seeded generator, so that the same seed draws the same query set. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOPWORDS = new Set(matchWords("في من على إلى عن مع بعد قبل أن إن التي الذي الذين هذا هذه ذلك تلك بين خلال حول عند منذ كان كانت يكون غير لدى حتى أو ثم كما قد لا لم لن ما هو هي هم وهو وفي ومن"));
const ARABIC_WORD = /^[\u0621-\u064a]{4,}$/;
/** A pair of words found together in more articles than this cannot single out one of them. */
const MAX_SHARED = 5;

function documentFrequency(articles: Article[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const article of articles) for (const word of article.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return frequency;
}

/** The headline's words as written, each with its matching form, for those worth asking by. */
function askableWords(title: string): { written: string; folded: string }[] {
  const written = title.match(/[\p{L}\p{M}\u0640]+/gu) ?? [];
  return written
    .map((word) => ({ written: word, folded: matchWords(word)[0] ?? "" }))
    .filter(({ folded }) => ARABIC_WORD.test(folded) && !STOPWORDS.has(folded));
}

function chooseTargets(articles: Article[], count: number, random: () => number): Target[] {
  const frequency = documentFrequency(articles);
  const titleCounts = new Map<string, number>();
  for (const article of articles) titleCounts.set(article.titleWords.join(" "), (titleCounts.get(article.titleWords.join(" ")) ?? 0) + 1);
  const order = articles.map((article, i) => ({ article, key: random(), i })).sort((a, b) => a.key - b.key || a.i - b.i);
  const targets: Target[] = [];
  for (const { article } of order) {
    if (targets.length >= count) break;
    if (article.isCopy) continue;
    const words = [...new Map(askableWords(article.title).map((word, place) => [word.folded, { ...word, place }])).values()];
    // The two rarest words, in the headline's order, as a reader remembering it would type them.
    const pair = words.sort((a, b) => frequency.get(a.folded)! - frequency.get(b.folded)!).slice(0, 2).sort((a, b) => a.place - b.place);
    if (pair.length < 2) continue;
    if (!isSingledOut(article, pair.map((word) => word.folded), articles, titleCounts)) continue;
    const queries = queryForms(pair.map((word) => word.written), random);
    if (queries) targets.push({ title: article.title, queries });
  }
  return targets;
}

/** The pair of words names few articles, and no other article has this headline (copies aside). */
function isSingledOut(target: Article, folded: string[], articles: Article[], titleCounts: Map<string, number>): boolean {
  const sharing = articles.filter((article) => folded.every((word) => article.words.has(word)));
  const sameTitle = sharing.filter((article) => article.titleWords.join(" ") === target.titleWords.join(" "));
  return sharing.length - sameTitle.length < MAX_SHARED && titleCounts.get(target.titleWords.join(" ")) === sameTitle.length;
}

// ── Asking a site ────────────────────────────────────────────────────────────────────────────

interface Answer {
  titles: string[];
  ms: number;
}

type Asker = (query: string) => Promise<Answer>;

/** arshif's search page: the query typed in and sent, timed until the page shows its results. */
async function arshifAsker(browser: Browser, server: StaticServer): Promise<Asker> {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await waitForSearch(page, new URLSearchParams());
  return async (query) => {
    const started = performance.now();
    await page.evaluate((q) => {
      const form = document.getElementById("search") as HTMLFormElement;
      form.dataset.shown = "";
      (form.elements.namedItem("q") as HTMLInputElement).value = q;
      form.requestSubmit();
    }, query);
    await waitForSearch(page, new URLSearchParams({ q: query }));
    const ms = performance.now() - started;
    const titles = await page.locator("#search-results h2 a").evaluateAll((links) => links.map((a) => a.textContent ?? ""));
    return { titles: titles.slice(0, TOP), ms };
  };
}

/** Plain Pagefind's JS API on the peer's site: the query as typed, the first ten results' titles. */
async function peerAsker(browser: Browser, server: StaticServer): Promise<Asker> {
  const page: Page = await browser.newPage();
  await page.goto(server.url);
  await page.evaluate(async () => {
    const pagefind = await import("/pagefind/pagefind.js" as string);
    await pagefind.init();
    (window as unknown as { pagefind: unknown }).pagefind = pagefind;
  });
  return async (query) => {
    const started = performance.now();
    const titles = await page.evaluate(async ({ q, top }) => {
      const pagefind = (window as unknown as { pagefind: { search(q: string): Promise<{ results: { data(): Promise<{ meta: { title?: string } }> }[] }> } }).pagefind;
      const response = await pagefind.search(q);
      const data = await Promise.all(response.results.slice(0, top).map((result) => result.data()));
      return data.map((entry) => entry.meta.title ?? "");
    }, { q: query, top: TOP });
    return { titles, ms: performance.now() - started };
  };
}

// ── Scores ───────────────────────────────────────────────────────────────────────────────────

interface FormScore {
  hits: number;
  reciprocalRanks: number;
  asked: number;
}

interface Run {
  label: string;
  byForm: Map<Form, FormScore>;
  times: number[];
  numberTimes: number[];
  misses: string[];
}

function rankOf(target: Target, titles: string[]): number {
  const wanted = matchWords(target.title).join(" ");
  return titles.findIndex((title) => matchWords(title).join(" ") === wanted) + 1;
}

async function measureSite(label: string, ask: Asker, targets: Target[]): Promise<Run> {
  const run: Run = { label, byForm: new Map(ASKED_FORMS.map((form) => [form, { hits: 0, reciprocalRanks: 0, asked: 0 }])), times: [], numberTimes: [], misses: [] };
  for (const target of targets) {
    for (const form of ASKED_FORMS) {
      const query = target.queries[form];
      const { titles, ms } = await ask(query);
      const rank = rankOf(target, titles);
      const score = run.byForm.get(form)!;
      score.asked++;
      if (rank > 0) {
        score.hits++;
        score.reciprocalRanks += 1 / rank;
        if (rank > 1) run.misses.push(`${form}: «${query}» ranked ${rank}, after «${titles[0]}» (target «${target.title}»)`);
      } else run.misses.push(`${form}: «${query}» not in the first ${TOP} (${titles.length} results shown; target «${target.title}»)`);
      run.times.push(ms);
      if (ms > SLOW_MS) run.misses.push(`${form}: «${query}» took ${ms.toFixed(0)} ms`);
    }
  }
  for (const query of NUMBER_QUERIES) run.numberTimes.push((await ask(query)).ms);
  return run;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : 0;
}

function report(run: Run): void {
  console.log(`\n${run.label}`);
  let hits = 0;
  let asked = 0;
  let reciprocal = 0;
  for (const [form, score] of run.byForm) {
    hits += score.hits;
    asked += score.asked;
    reciprocal += score.reciprocalRanks;
    const percent = ((100 * score.hits) / score.asked).toFixed(1);
    console.log(`  ${form.padEnd(16)} hit@10 ${String(score.hits).padStart(3)}/${score.asked} (${percent} %)  MRR ${(score.reciprocalRanks / score.asked).toFixed(3)}`);
  }
  console.log(`  ${"all".padEnd(16)} hit@10 ${hits}/${asked} (${((100 * hits) / asked).toFixed(1)} %)  MRR ${(reciprocal / asked).toFixed(3)}`);
  const all = [...run.times, ...run.numberTimes];
  console.log(`  query time: median ${median(all).toFixed(0)} ms, max ${Math.max(...all).toFixed(0)} ms over ${all.length} queries; numbers (${NUMBER_QUERIES.join("، ")}): ${run.numberTimes.map((ms) => ms.toFixed(0)).join(", ")} ms`);
  if (flags.verbose) for (const miss of run.misses) console.log(`  ${miss}`);
}

const articles = await readArticles(SITE);
const targets = chooseTargets(articles, TARGETS, seededRandom(SEED));
if (flags.list) {
  for (const target of targets) for (const form of ASKED_FORMS) console.log(target.queries[form]);
  for (const query of NUMBER_QUERIES) console.log(query);
  process.exit(0);
}
console.log(`${articles.length} articles in ${SITE}; ${targets.length} targets (seed ${SEED}), ${targets.length * ASKED_FORMS.length} queries in ${ASKED_FORMS.length} forms, a hit in the first ${TOP}`);
const browser = await launchChromium();
try {
  const sites: [string, string, (browser: Browser, server: StaticServer) => Promise<Asker>][] = [["arshif", SITE, arshifAsker]];
  if (flags.peer) sites.push(["plain Pagefind (peer)", path.resolve(flags.peer), peerAsker]);
  for (const [label, dir, asker] of sites) {
    const server = await serveStatic(dir);
    try {
      report(await measureSite(`${label}: ${dir}`, await asker(browser, server), targets));
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
