import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.ts";
import type { ArticleRecord, Official } from "../../src/record.ts";
import { officialListPages } from "../../src/site/official-lists.ts";
import { roleKindsData } from "../../src/site/role-kinds.ts";

let n = 0;
function article(officials: Official[]): ArticleRecord {
  n++;
  return { id: `a${n}`, file: `a${n}.txt`, title: `خبر ${n}`, date: "2024-03-01", paragraphs: [`نص ${n}`], countries: [...new Set(officials.flatMap((o) => (o.country ? [o.country] : [])))], officials, dates: [], topics: [] };
}

const minister = { name: "وانغ يي", role: "وزير الخارجية", country: "CN" };
const ambassador = { name: "جاسم الناجم", role: "سفير", country: "KW" };
const president = { name: "إلهام علييف", role: "الرئيس", country: "AZ" };
const once = (i: number) => ({ name: `${["باسم", "تامر", "ياسر", "أمين", "Smith"][i % 5]} ${i}`, role: "وزير", country: "KW" });

const archive = buildArchive([
  article([minister, ambassador]), article([minister, president]), article([ambassador, president]),
  ...Array.from({ length: 300 }, (_, i) => article([once(i)])),
], { countryName: (c) => c, topicLabel: (t) => t, officialSlug: (o) => `o-${[...o.name].map((c) => c.charCodeAt(0).toString(36)).join("")}` });
const pages = officialListPages(archive, roleKindsData(undefined), "arab");
const page = (url: string) => pages.find((p) => p.url === url)!;
const names = (url: string) => page(url).sections!.flatMap((s) => s.items.map((i) => i.label));

describe("the officials index", () => {
  it("shows by default the officials named in two articles or more, in sections by letter in alphabet order", () => {
    expect(names("/officials/")).toEqual(["إلهام علييف", "جاسم الناجم", "وانغ يي"]);
    expect(page("/officials/").sections!.map((s) => s.letter)).toEqual(["ا", "ج", "و"]);
  });

  it("has everyone else one click away, in pages with numbered sections and letters that lead to them", () => {
    expect(page("/officials/").shown!.other.url).toBe("/officials/all/");
    const whole = pages.filter((p) => p.baseUrl === "/officials/all/");
    expect(whole.length).toBe(4);
    const all = whole.flatMap((p) => p.sections!.flatMap((s) => s.items.map((i) => i.label)));
    expect(all).toHaveLength(303);
    const letters = whole[0]!.letters!;
    expect(letters.map((l) => l.letter)).toEqual(["ا", "ب", "ت", "ج", "و", "ي", "#"]);
    for (const { url, id } of letters) {
      const [pageUrl, anchor] = url.split("#");
      expect(pages.find((p) => p.url === pageUrl)!.sections!.some((s) => s.id === anchor && s.id === `letter-${id}`)).toBe(true);
    }
  });

  it("filters by country and by kind of role, each filter linking to the others", () => {
    expect(names("/officials/countries/kw/")).toEqual(["جاسم الناجم"]);
    expect(names("/officials/roles/heads-of-state/")).toEqual(["إلهام علييف"]);
    expect(names("/officials/roles/government/")).toEqual(["وانغ يي"]);
    const filters = page("/officials/countries/kw/").filters!;
    expect(filters.country).toMatchObject({ url: "/officials/countries/kw/", current: true });
    expect(filters.kinds.map((k) => k.url)).toContain("/officials/roles/diplomats/");
    expect(filters.byCountry.url).toBe("/officials/countries/");
    const countries = page("/officials/countries/").items;
    expect(countries.map((c) => [c.url, c.countLabel])).toContainEqual(["/officials/countries/kw/", "المسؤولون: ٣٠١"]);
  });

  it("gives each page a description of its own", () => {
    const descriptions = pages.map((p) => p.description);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});
