// The search page: reads the search from the URL, runs it as the reader types, and keeps the URL in step.
import { formatArticleCount, formatNumber, type Digits } from "../../site/format.ts";
import { highlightedExcerpt } from "../excerpt.ts";
import { keysToMark } from "../keys.ts";
import { FILTER_NAMES, paramsFromState, stateFromParams, type SearchState } from "../url-state.ts";
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult } from "./pagefind.ts";
import { runSearch, type SearchOutcome } from "./run-search.ts";

const RESULTS_PER_PAGE = 10;
const TYPING_PAUSE_MS = 200;

const form = document.getElementById("search") as HTMLFormElement;
const input = form.elements.namedItem("q") as HTMLInputElement;
const selects = {
  country: form.elements.namedItem("country") as HTMLSelectElement,
  topic: form.elements.namedItem("topic") as HTMLSelectElement,
  year: form.elements.namedItem("year") as HTMLSelectElement,
  sort: form.elements.namedItem("sort") as HTMLSelectElement,
};
const status = document.getElementById("search-status")!;
const list = document.getElementById("search-results") as HTMLOListElement;
const more = document.getElementById("search-more") as HTMLButtonElement;
const help = document.getElementById("search-help")!;
const filtersFieldset = form.querySelector("fieldset")!;
const digits = (form.dataset.digits === "latn" ? "latn" : "arab") as Digits;

let latest = 0;
let shown: { outcome: SearchOutcome; count: number } | undefined;

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function fillForm(state: SearchState): void {
  input.value = state.q;
  for (const name of FILTER_NAMES) selects[name].value = state[name];
  selects.sort.value = state.sort;
}

function keepInUrl(state: SearchState): void {
  const query = paramsFromState(state).toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

function addYearOptions(years: Record<string, number>, chosen: string): void {
  for (const year of Object.keys(years).sort().reverse()) {
    const label = formatNumber(Number(year), digits).replace(/[٬,]/g, "");
    selects.year.append(new Option(label, year, false, year === chosen));
    selects.year.lastElementChild!.setAttribute("data-label", label);
  }
}

/** Each filter choice shows how many of the current results it would keep. */
function showCounts(counts: FilterCounts): void {
  for (const name of FILTER_NAMES) {
    for (const option of Array.from(selects[name].options)) {
      const label = option.dataset.label ?? option.text;
      const count = counts[name]?.[option.value];
      option.text = option.value && count !== undefined ? `${label} (${formatNumber(count, digits)})` : label;
    }
  }
}

type ResultData = Awaited<ReturnType<PagefindResult["data"]>>;

/**
 * The story of a result, read from its own page: the index holds only search keys, and
 * Pagefind would index a copy of the text too, so the page the reader is about to open anyway
 * gives the excerpt. Empty when the page cannot be read.
 */
async function storyText(url: string): Promise<string> {
  try {
    const response = await fetch(url);
    if (!response.ok) return "";
    const page = new DOMParser().parseFromString(await response.text(), "text/html");
    return Array.from(page.querySelectorAll(".story p"), (paragraph) => paragraph.textContent ?? "").join("\n");
  } catch {
    return "";
  }
}

async function resultWithStory(result: PagefindResult): Promise<{ data: ResultData; story: string }> {
  const data = await result.data();
  return { data, story: await storyText(data.url) };
}

function resultItem({ data, story }: { data: ResultData; story: string }, terms: string[][]): HTMLLIElement {
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
    time.textContent = data.meta.dateText ?? data.meta.date;
  }
  if (data.meta.source) meta.append(`${data.meta.date ? " | " : ""}${data.meta.source}`);
  if (data.meta.copies) meta.append(` | نسخ أخرى من الخبر: ${data.meta.copies}`);
  const excerpt = item.appendChild(document.createElement("p"));
  excerpt.className = "excerpt pagefind-ui__result-excerpt";
  // The only HTML set on the page: escaped article text with <mark>s (src/search/excerpt.ts).
  excerpt.innerHTML = highlightedExcerpt(story, keysToMark(terms, data.meta.aliases));
  return item;
}

async function showMore(search: number): Promise<void> {
  if (!shown) return;
  const { outcome, count } = shown;
  const page = outcome.results.slice(count, count + RESULTS_PER_PAGE);
  const data = await Promise.all(page.map(resultWithStory));
  if (search !== latest) return;
  list.append(...data.map((entry) => resultItem(entry, outcome.terms)));
  shown.count += page.length;
  more.hidden = shown.count >= outcome.results.length;
}

function statusText(state: SearchState, total: number): string {
  if (total === 0) return state.q.trim() ? `لا نتائج للبحث عن «${state.q.trim()}»` : "لا نتائج";
  return `النتائج: ${formatArticleCount(total, digits)}`;
}

async function search(pagefind: Pagefind, state: SearchState): Promise<void> {
  const current = ++latest;
  const outcome = await runSearch(pagefind, state);
  if (current !== latest) return;
  list.replaceChildren();
  shown = outcome && { outcome, count: 0 };
  showCounts(outcome?.counts ?? {});
  status.textContent = outcome ? statusText(state, outcome.results.length) : "";
  help.hidden = !outcome || outcome.results.length > 0;
  more.hidden = true;
  await showMore(current);
  if (current === latest) form.dataset.shown = paramsFromState(state).toString();
}

async function start(): Promise<void> {
  const state = stateFromParams(new URLSearchParams(location.search));
  fillForm(state);
  const pagefind = await loadPagefind(form.dataset.bundle ?? "/pagefind/", form.dataset.base ?? "/");
  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchForm = () => {
    clearTimeout(typing);
    const next = readForm();
    keepInUrl(next);
    return search(pagefind, next);
  };
  input.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(searchForm, TYPING_PAUSE_MS);
  });
  form.addEventListener("change", (event) => {
    if (event.target !== input) void searchForm();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void searchForm();
  });
  more.addEventListener("click", () => void showMore(latest));
  // Filter lists are the largest part of the index a first search would fetch: they load when
  // the reader turns to the filters or the address names one, and the counts follow.
  const filtersLoaded = loadFilters(pagefind, state);
  filtersFieldset.addEventListener("focusin", () => void filtersLoaded().then(searchForm), { once: true });
  if (FILTER_NAMES.some((name) => state[name])) await filtersLoaded();
  await search(pagefind, state);
}

function loadFilters(pagefind: Pagefind, state: SearchState): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () => (loading ??= pagefind.filters().then((counts) => addYearOptions(counts.year ?? {}, state.year)));
}

void start();
