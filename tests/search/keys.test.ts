import { describe, expect, it } from "vitest";
import { foldArabic } from "../../src/text/normalize.ts";
import { queryWordKeys, textKeys, transliterate, wordKeys } from "../../src/search/keys.ts";
import { queryWords } from "../../src/search/query.ts";

const key = (word: string) => transliterate(foldArabic(word));
const queryKeys = (word: string) => queryWordKeys(foldArabic(word));

describe("search keys", () => {
  it("are ASCII, so Pagefind's Arabic stemmer leaves them as they are", () => {
    expect(transliterate(foldArabic("وزارة"))).toMatch(/^[a-z]+$/);
    expect(textKeys("الصين وقازاقستان ٢٠٢٣").size).toBeGreaterThan(0);
    for (const k of textKeys("ظ ذ ضوء الظروف")) expect(k).toMatch(/^[a-z0-9]+$/);
  });

  it("keep one spelling apart from another: a key is never the start of an unrelated word's key", () => {
    expect(key("زيارة").startsWith(key("وزارة"))).toBe(false);
    expect(key("وزير").startsWith(key("وزارة"))).toBe(false);
  });

  it("find an article word with its clitics and article split off", () => {
    expect(wordKeys(foldArabic("والصين"))).toContain(key("صين"));
    expect(wordKeys(foldArabic("بالصين"))).toContain(key("صين"));
    expect(wordKeys(foldArabic("للطاقة"))).toContain(key("طاقه"));
    expect(wordKeys(foldArabic("وانغ"))).toContain(key("وانغ"));
  });

  it("fold tashkeel, tatweel, hamza, alef and ة in the query as in the article", () => {
    for (const typed of ["الصِّين", "الصـــين", "والصين", "بالصين", "للصين"]) expect(queryKeys(typed)).toEqual([key("صين")]);
    expect(queryKeys("الإستراتيجية")).toEqual(queryKeys("الاستراتيجيه"));
    expect(queryKeys("أكد")).toEqual(queryKeys("اكد"));
    expect(queryKeys("٢٠٢٣")).toEqual(["2023"]);
  });

  it("read a query word that merely begins with و or ب as itself first (وزارة, بكين)", () => {
    expect(queryKeys("وزارة")[0]).toBe(key("وزاره"));
    expect(queryKeys("بكين")[0]).toBe(key("بكين"));
  });

  it("read a word with two clitics as itself, then with one split off, then with both (ولجائزة)", () => {
    expect(queryKeys("ولجائزة")).toEqual([key("ولجايزه"), key("لجايزه"), key("جايزه")]);
  });
});

describe("a query's words", () => {
  it("each carry their readings, the word as typed first, then with fewer clitics split off before more", () => {
    expect(queryWords("وبكين الصين").map((word) => word.keys)).toEqual([[key("وبكين"), key("بكين"), key("كين")], [key("صين")]]);
  });

  it("are none in a query of punctuation or single letters", () => {
    expect(queryWords("، و")).toEqual([]);
  });

  it("show a correction with what was typed before the stem, and ة where the reader typed it", () => {
    const [word] = queryWords("والأجة");
    expect(word!.corrected(key("اجه"), key("اجره"))).toBe("والاجرة");
  });
});
