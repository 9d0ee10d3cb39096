/** What a search is: the words typed, the filters chosen and the order. It lives in the page's URL. */
export interface SearchState {
  q: string;
  country: string;
  topic: string;
  year: string;
  month: string;
  source: string;
  official: string;
  sort: SortOrder;
}

export type SortOrder = "relevance" | "date";
export type FilterName = "country" | "topic" | "year" | "month" | "source" | "official";
export const FILTER_NAMES: readonly FilterName[] = ["country", "topic", "year", "month", "source", "official"];

/** `?q=…&country=kz&topic=energy&month=2015-07&source=…&official=…`: ISO codes in either case. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const value = (name: string) => params.get(name)?.trim() ?? "";
  return {
    q: params.get("q") ?? "",
    country: value("country").toUpperCase(),
    topic: value("topic"),
    year: value("year"),
    month: value("month"),
    source: value("source"),
    official: value("official"),
    sort: value("sort") === "date" ? "date" : "relevance",
  };
}

/** The query string of a state, without the empty parts, so shared links stay short. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q);
  for (const name of FILTER_NAMES) if (state[name]) params.set(name, state[name]);
  if (state.sort === "date") params.set("sort", "date");
  return params;
}

/** The filters of a state in Pagefind's form: only those chosen. */
export function chosenFilters(state: SearchState): Partial<Record<FilterName, string>> {
  return Object.fromEntries(FILTER_NAMES.filter((name) => state[name]).map((name) => [name, state[name]]));
}
