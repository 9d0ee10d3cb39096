import { describe, expect, it } from "vitest";
import { highlightedExcerpt } from "../../src/search/excerpt.ts";
import { keysToMark, textKeys } from "../../src/search/keys.ts";
import { queryWords } from "../../src/search/query.ts";

const excerpt = (content: string, query: string, aliases?: string) => highlightedExcerpt(content, keysToMark(queryWords(query).map((word) => word.keys), aliases));

describe("a result's excerpt", () => {
  it("marks the words the reader asked for, in whatever form the article writes them", () => {
    expect(excerpt("التقى وزير خارجية الصين بنظيره في بكين.", "والصين")).toContain("<mark>الصين</mark>");
    expect(excerpt("احتضنت العاصمة الصينية بكين.", "الصينيه")).toContain("<mark>الصينية</mark>");
  });

  it("escapes the article's text, so only its own <mark> is HTML", () => {
    const html = excerpt('الصين <script>alert("x")</script> & الكويت', "الصين");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp;");
    expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/<[a-z/]/i);
  });

  it("starts a little before the first match in a long article", () => {
    const long = Array.from({ length: 60 }, (_, i) => `كلمة${i}`).join(" ") + " طشقند";
    const html = excerpt(long, "طشقند");
    expect(html.startsWith("… ")).toBe(true);
    expect(html).toContain("<mark>طشقند</mark>");
  });

  it("marks another spelling of the country or person the reader named", () => {
    const kazakhstan = [...textKeys("كازاخستان قازاقستان")].join(" ");
    const china = [...textKeys("الصين صيني")].join(" ");
    const html = excerpt("وزيرا خارجية الصين وقازاقستان", "كازاخستان", `${china}|${kazakhstan}`);
    expect(html).toBe("وزيرا خارجية الصين <mark>وقازاقستان</mark>");
  });

  it("is the opening of the article when no word is marked", () => {
    expect(excerpt("وزيرا خارجية الصين وقازاقستان", "كازاخستان")).toBe("وزيرا خارجية الصين وقازاقستان");
  });
});
