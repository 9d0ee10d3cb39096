import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import { siteLinks } from "../../src/site/links.ts";
import { jsonFeed, newsArticle, rfc3339, scriptJson, summaryOf } from "../../src/site/metadata.ts";
import { buildSiteViews } from "../../src/site/pages.ts";
import type { ArticleRecord } from "../../src/record.ts";

const hostile: ArticleRecord = {
  id: "x",
  file: "x.txt",
  title: `عنوان </script><script>alert(1)</script>`,
  date: "2024-12-02T10:20",
  source: "كونا",
  paragraphs: ["نص <img src=x onerror=alert(1)> الخبر."],
  countries: ["CN"],
  officials: [{ name: "وانغ يي", role: "وزير الخارجية", country: "CN" }],
  dates: [],
  topics: ["diplomacy"],
};
const archive = buildArchive([hostile], {
  countryName: () => "الصين",
  topicLabel: () => "الدبلوماسية",
  officialSlug: () => "wang-yi",
});

describe("structured data for search engines", () => {
  it("serialises JSON-LD so that </script> in a headline cannot end the script element", () => {
    const json = scriptJson(newsArticle(hostile, archive, siteLinks("/")));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).headline).toBe(hostile.title);
  });

  it("describes an article as a schema.org NewsArticle with its people and places", () => {
    const data = newsArticle(hostile, archive, siteLinks("/archive/", "https://example.org"));
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      inLanguage: "ar",
      url: "https://example.org/archive/articles/x/",
      author: { name: "كونا" },
      mentions: [{ "@type": "Country", name: "الصين" }, { "@type": "Person", name: "وانغ يي", jobTitle: "وزير الخارجية" }],
    });
  });

  it("gives no URL when the site's address is unknown", () => {
    expect(newsArticle(hostile, archive, siteLinks("/"))).not.toHaveProperty("url");
  });
});

describe("feeds", () => {
  const feed = buildSiteViews(archive, { siteTitle: "أرشيف", digits: "arab", hasSiteUrl: false }).siteFeed!;

  it("are JSON Feed 1.1 with the story as escaped HTML", () => {
    const json = jsonFeed(feed, siteLinks("/archive/"));
    expect(json).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "أرشيف", feed_url: "/archive/feed.json" });
    expect(json.items[0]).toMatchObject({ url: "/archive/articles/x/", date_published: "2024-12-02T10:20:00Z" });
    expect(json.items[0]!.content_html).toBe("<p>نص &#60;img src=x onerror=alert(1)&#62; الخبر.</p>");
  });

  it("read dates without a time zone as UTC", () => {
    expect(rfc3339("2024-12")).toBe("2024-12-01T00:00:00Z");
  });
});

describe("summaries", () => {
  it("cut a long first paragraph at a word", () => {
    const long = { ...hostile, paragraphs: [`${"كلمة ".repeat(80)}`] };
    const summary = summaryOf(long);
    expect(summary.length).toBeLessThanOrEqual(201);
    expect(summary).toMatch(/كلمة…$/);
  });
});
