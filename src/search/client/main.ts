// The search page: reads the search from the URL, runs it as the reader types, and keeps the URL in step.
import type { Digits } from "../../site/format.ts";
import { articleCountText, gregorianText } from "./formats.ts";
import { highlightedExcerpt } from "../excerpt.ts";
import { keysToMark } from "../keys.ts";
import { FILTER_NAMES, paramsFromState, stateFromParams, type SearchState } from "../url-state.ts";
import { loadPagefind, type Pagefind, type PagefindResult } from "./pagefind.ts";
import { runSearch, yieldToPage, type SearchOutcome } from "./run-search.ts";
import { VocabularyFiles } from "./vocabulary-files.ts";
import { choicesFrom, choicesOf, TypeAheadFilter, type Choice } from "./type-ahead-filter.ts";

const RESULTS_PER_PAGE = 10;
const TYPING_PAUSE_MS = 200;
/** Work done on the main thread at a stretch before the page is let paint and answer (a long task is 50 ms; a phone is slower). */
const WORK_SLICE_MS = 10;

const form = document.getElementById("search") as HTMLFormElement;
const input = form.elements.namedItem("q") as HTMLInputElement;
const selects = {
  topic: form.elements.namedItem("topic") as HTMLSelectElement,
  year: form.elements.namedItem("year") as HTMLSelectElement,
  month: form.elements.namedItem("month") as HTMLSelectElement,
  source: form.elements.namedItem("source") as HTMLSelectElement,
  sort: form.elements.namedItem("sort") as HTMLSelectElement,
};
/** The filters the reader types a name into (type-ahead-filter.ts): the country's names are in the page, the officials' loaded when first used (there are thousands). */
const typed: Record<"country" | "official", TypedFilter> = {
  country: typeAheadFilter("country", (list) => choicesOf(list)),
  official: typeAheadFilter("official", (list) => choicesFrom(list.dataset.list ?? "")),
};

interface TypedFilter {
  field: HTMLInputElement;
  filter: TypeAheadFilter;
}

function typeAheadFilter(name: "country" | "official", choices: (list: HTMLDataListElement) => () => Promise<Choice[]>): TypedFilter {
  const field = document.getElementById(`search-${name}-name`) as HTMLInputElement;
  const list = field.list!;
  return { field, filter: new TypeAheadFilter(field, form.elements.namedItem(name) as HTMLInputElement, list, choices(list)) };
}

const status = document.getElementById("search-status")!;
const correction = document.getElementById("search-correction")!;
const list = document.getElementById("search-results") as HTMLOListElement;
const more = document.getElementById("search-more") as HTMLButtonElement;
const help = document.getElementById("search-help")!;
const digits = (form.dataset.digits === "latn" ? "latn" : "arab") as Digits;

let latest = 0;
let shown: { outcome: SearchOutcome; count: number } | undefined;

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

async function fillForm(state: SearchState): Promise<void> {
  input.value = state.q;
  for (const name of SELECTED_FILTERS) selects[name].value = state[name];
  selects.sort.value = state.sort;
  await Promise.all(TYPED_FILTERS.map((name) => typed[name].filter.show(state[name])));
}

/** The filters chosen from a list on the page, and those typed (type-ahead-filter.ts). */
const TYPED_FILTERS = Object.keys(typed) as (keyof typeof typed)[];
const SELECTED_FILTERS = FILTER_NAMES.filter((name) => !(name in typed)) as (keyof typeof selects)[];

function keepInUrl(state: SearchState): void {
  const query = paramsFromState(state).toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

type ResultData = Awaited<ReturnType<PagefindResult["data"]>>;

function resultItem(data: ResultData, terms: string[][]): HTMLLIElement {
  const item = document.createElement("li");
  // Pagefind's Default UI class names, so that styles and checks written for that UI still apply.
  item.className = "pagefind-ui__result";
  const heading = item.appendChild(document.createElement("h2"));
  const link = heading.appendChild(document.createElement("a"));
  link.href = data.url;
  link.className = "pagefind-ui__result-link";
  link.textContent = data.meta.title ?? data.url;
  const meta = item.appendChild(document.createElement("p"));
  meta.className = "meta";
  if (data.meta.date) {
    const time = meta.appendChild(document.createElement("time"));
    time.dateTime = data.meta.date;
    time.textContent = gregorianText(data.meta.date, digits);
  }
  if (data.meta.source) meta.append(`${data.meta.date ? " | " : ""}${data.meta.source}`);
  if (data.meta.copies) meta.append(` | نسخ أخرى من الخبر: ${data.meta.copies}`);
  const excerpt = item.appendChild(document.createElement("p"));
  excerpt.className = "excerpt pagefind-ui__result-excerpt";
  // The only HTML set on the page: escaped article text with <mark>s (src/search/excerpt.ts).
  excerpt.innerHTML = highlightedExcerpt(data.meta.excerpt ?? "", keysToMark(terms, data.meta.aliases));
  return item;
}

/** The next page of results, loaded; undefined when a newer search has begun meanwhile. */
async function nextPage(search: number, outcome: SearchOutcome, count: number): Promise<HTMLLIElement[] | undefined> {
  const data = await Promise.all(outcome.results.slice(count, count + RESULTS_PER_PAGE).map((result) => result.data()));
  const items: HTMLLIElement[] = [];
  let since = performance.now();
  for (const entry of data) {
    // Each excerpt reads its article's opening word by word: the page is let paint between them now and then.
    if (performance.now() - since > WORK_SLICE_MS) {
      await yieldToPage();
      since = performance.now();
    }
    if (search !== latest) return undefined;
    items.push(resultItem(entry, outcome.terms));
  }
  return search === latest ? items : undefined;
}

function appendPage(items: HTMLLIElement[]): void {
  if (!shown) return;
  list.append(...items);
  shown.count += items.length;
  more.hidden = shown.count >= shown.outcome.results.length;
}

async function showMore(search: number): Promise<void> {
  const items = shown && (await nextPage(search, shown.outcome, shown.count));
  if (items) appendPage(items);
}

function statusText(state: SearchState, outcome: SearchOutcome): string {
  const total = outcome.results.length;
  if (outcome.unmatched.length) return `لا نتائج لكلمة ${outcome.unmatched.map((word) => `«${word}»`).join(" ولا ")}`;
  if (total === 0) return state.q.trim() ? `لا مقالة فيها كل كلمات البحث «${state.q.trim()}»` : "لا نتائج";
  return `النتائج: ${articleCountText(total, digits)}`;
}

/** «هل تقصد …» with a link to the search as corrected, whose results are shown. */
function showCorrection(state: SearchState, corrected: string | undefined): void {
  correction.replaceChildren();
  correction.hidden = !corrected;
  if (!corrected) return;
  const link = document.createElement("a");
  link.href = `?${paramsFromState({ ...state, q: corrected }).toString()}`;
  link.textContent = corrected;
  correction.append("هل تقصد: ", link, "؟ النتائج له.");
}

/** Whether the state asks for a search: words or a filter (an order alone is none). */
function isAsked(state: SearchState): boolean {
  return paramsFromState({ ...state, sort: "relevance" }).toString() !== "";
}

async function search(pagefind: () => Promise<Pagefind>, vocabulary: VocabularyFiles, state: SearchState): Promise<void> {
  const current = ++latest;
  let outcome: SearchOutcome | undefined;
  if (isAsked(state)) {
    const loaded = await pagefind();
    await yieldToPage();
    outcome = await runSearch(loaded, vocabulary, state);
    await yieldToPage();
  }
  const items = outcome ? await nextPage(current, outcome, 0) : [];
  if (current !== latest || !items) return;
  // Everything the search changes is changed at once, when its first results are loaded: the page moves once.
  list.replaceChildren();
  shown = outcome && { outcome, count: 0 };
  status.textContent = outcome ? statusText(state, outcome) : "";
  showCorrection(state, outcome?.corrected);
  help.hidden = !outcome || outcome.results.length > 0;
  more.hidden = true;
  appendPage(items);
  form.dataset.shown = paramsFromState(state).toString();
}

async function start(): Promise<void> {
  const state = stateFromParams(new URLSearchParams(location.search));
  const bundle = form.dataset.bundle ?? "/pagefind/";
  // Pagefind (its WebAssembly and page list) loads when the reader turns to the form, or at once
  // for a search in the address, while the form is filled in: a page opened to search later is
  // light and quick to show.
  let loading: Promise<Pagefind> | undefined;
  const pagefind = () => (loading ??= loadPagefind(bundle, form.dataset.base ?? "/"));
  if (isAsked(state)) void pagefind();
  form.addEventListener("focusin", () => void pagefind(), { once: true });
  await fillForm(state);
  const vocabulary = new VocabularyFiles(bundle);
  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchForm = () => {
    clearTimeout(typing);
    const next = readForm();
    keepInUrl(next);
    return search(pagefind, vocabulary, next);
  };
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(searchForm, TYPING_PAUSE_MS);
  });
  form.addEventListener("change", (event) => {
    const chosen = Object.values(typed).find(({ field }) => field === event.target);
    if (chosen) void chosen.filter.choose().then(searchForm);
    else if (event.target !== input) void searchForm();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void searchForm();
  });
  more.addEventListener("click", () => void showMore(latest));
  await search(pagefind, vocabulary, state);
}

void start();
