import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { HOSPITAL_STORY, storyRecord } from "../support/story-records.ts";
import { buildSiteViews } from "../../src/site/pages.ts";

const archive = buildArchive([
  storyRecord("was", { date: "2015-08-01", source: "واس", paragraphs: HOSPITAL_STORY, countries: ["SA"], topics: ["health"] }),
  storyRecord("riyadh", { date: "2015-08-02", source: "الرياض", paragraphs: HOSPITAL_STORY, countries: ["SA"], topics: ["health"] }),
  storyRecord("okaz", { date: "2015-08-02", source: "عكاظ", paragraphs: HOSPITAL_STORY, countries: ["SA"] }),
  storyRecord("other", { date: "2015-08-03", countries: ["SA"], paragraphs: ["خبر آخر قصير."] }),
], { countryName: (code) => code, topicLabel: (id) => id, officialSlug: (o) => o.name });
const views = buildSiteViews(archive, { siteTitle: "أرشيف", digits: "arab", hasSiteUrl: false });
const page = (id: string) => views.articles.find((p) => p.article.id === id)!;

describe("the pages of a story and its copies", () => {
  it("give the main article its copies, earliest first, and each copy its main article", () => {
    expect(page("was").copies.map((a) => a.id)).toEqual(["okaz", "riyadh"]);
    expect(page("was").copyOf).toBeUndefined();
    expect(page("riyadh")).toMatchObject({ copies: [], copyOf: archive.articles.find((a) => a.id === "was") });
    expect(page("other")).toMatchObject({ copies: [] });
  });

  it("still give every copy a page of its own", () => {
    expect(views.articles.map((p) => p.article.id).sort()).toEqual(["okaz", "other", "riyadh", "was"]);
  });

  it("list a story once on a country's and a month's page, and count the copies left out", () => {
    const country = views.entryPages.find((p) => p.kind === "country")!;
    expect(country.items.map((a) => a.id)).toEqual(["other", "was"]);
    expect([country.total, country.copies]).toEqual([2, 2]);
    const month = views.entryPages.find((p) => p.kind === "month")!;
    expect([month.total, month.copies]).toEqual([2, 2]);
  });

  it("put one article per story on the home page and in the feed", () => {
    expect(views.home.latest.map((a) => a.id)).toEqual(["other", "was"]);
    expect(views.siteFeed!.articles.map((a) => a.id)).toEqual(["other", "was"]);
  });

  it("relate a copy as its main article is related, never to another copy of its story", () => {
    expect(page("riyadh").related).toEqual(page("was").related);
    expect(page("was").related.map((a) => a.id)).toEqual(["other"]);
  });
});
