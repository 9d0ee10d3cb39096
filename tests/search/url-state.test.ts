import { describe, expect, it } from "vitest";
import { chosenFilters, paramsFromState, stateFromParams } from "../../src/search/url-state.ts";

describe("the search in the URL", () => {
  it("reads ISO codes in either case", () => {
    expect(stateFromParams(new URLSearchParams("country=kz&topic=energy")).country).toBe("KZ");
  });

  it("writes back only what the reader chose, so a shared link is short", () => {
    const state = stateFromParams(new URLSearchParams("q=الصين&country=cn"));
    expect(paramsFromState(state).toString()).toBe(new URLSearchParams({ q: "الصين", country: "CN" }).toString());
    expect(chosenFilters(state)).toEqual({ country: "CN" });
  });

  it("keeps every filter: country, topic, year and month, source and official", () => {
    const params = new URLSearchParams({ q: "نفط", country: "SA", topic: "energy", year: "2015", month: "2015-07", source: "spa", official: "adel-al-jubeir" });
    expect(paramsFromState(stateFromParams(params)).toString()).toBe(params.toString());
  });

  it("orders by relevance unless the reader asks for the newest first", () => {
    expect(stateFromParams(new URLSearchParams("")).sort).toBe("relevance");
    expect(stateFromParams(new URLSearchParams("sort=date")).sort).toBe("date");
  });
});
