import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEADLINE_FIELD, keySequence } from "../../src/search/keys.ts";
import { queryWords } from "../../src/search/query.ts";
import { nearestWords } from "../../src/search/typos.ts";
import { stateFromParams } from "../../src/search/url-state.ts";
import { runSearch, type Vocabulary } from "../../src/search/client/run-search.ts";
import type { Pagefind, PagefindResult } from "../../src/search/client/pagefind.ts";

interface Article {
  title: string;
  story: string;
}

/**
 * Pagefind as the search page sees it, over a few articles: a key finds the pages holding a key
 * that begins with it (as Pagefind matches words by prefix), says whether the headline holds it,
 * and scores by how often. Pages are named by age, the first the newest.
 */
function fakePagefind(articles: Article[]): Pagefind {
  const pages = articles.map((article, i) => ({ id: i.toString(36), title: article.title, titleKeys: keySequence(article.title), keys: keySequence(`${article.title} ${article.story}`) }));
  return {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    // Several words (space-separated) find the pages that hold them all.
    search: async (term) => ({
      results: pages
        .filter((page) => term !== null && term.split(" ").every((word) => page.keys.some((key) => key.startsWith(word))))
        .map((page): PagefindResult => {
          const words = term!.split(" ");
          const locations = page.keys.flatMap((key, at) => (words.some((word) => key.startsWith(word)) ? [at] : []));
          return {
            id: page.id,
            score: locations.length,
            words: locations,
            matchedMetaFields: page.titleKeys.some((key) => words.some((word) => key.startsWith(word))) ? [HEADLINE_FIELD] : [],
            data: async () => ({ url: `/articles/${page.id}/`, meta: { title: page.title } }),
          };
        }),
    }),
  };
}

/** The archive's vocabulary: every key of the articles, each as common as the articles holding it. */
function vocabularyOf(articles: Article[]): Vocabulary {
  const counts = new Map<string, number>();
  for (const article of articles) for (const key of new Set(keySequence(`${article.title} ${article.story}`))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const words = [...counts].map(([key, articles]) => ({ key, frequency: Math.floor(Math.log2(articles)) }));
  const frequencies = new Map(words.map((word) => [word.key, word.frequency]));
  return {
    frequency: async (key) => frequencies.get(key),
    corrections: async (key, limit) => nearestWords(key, words, limit),
    pages: async (key) => words.filter((word) => word.key.startsWith(key)).reduce((total, word) => total + 2 ** word.frequency, 0),
  };
}

async function search(articles: Article[], q: string, pagefind = fakePagefind(articles), vocabulary = vocabularyOf(articles)) {
  const outcome = await runSearch(pagefind, vocabulary, stateFromParams(new URLSearchParams({ q })));
  const titles = await Promise.all(outcome!.results.map(async (result) => (await result.data()).meta.title));
  return { titles, corrected: outcome!.corrected, unmatched: outcome!.unmatched };
}

const ARCHIVE: Article[] = [
  { title: "الطريق لإبعادها عن الإفلاس والتصدي لسطوة الأغنياء", story: "الأندية والديون وإبعاد الفقراء وسطوة المال" },
  { title: "سطوة الأزواج والجهل بالأبعاد السياسية", story: "تقرير عن الأسر والمجتمع" },
  { title: "مهرجان في سوهاج", story: "سوة كلمة في قصيدة عن الأبعاد" },
  { title: "أخبار الموضة", story: "أزياء الموسم" },
  { title: "أخبار الاقتصاد", story: "المضة في النص خطأ مطبعي" },
  { title: "قرعة البطولة العربية للطائرة", story: "المنتخبات في المجموعات" },
];

describe("a reader's search over the archive", () => {
  it("keeps a query whose words share a headline as typed, and says nothing of a correction", async () => {
    const found = await search(ARCHIVE, "أخبار الموضة");
    expect(found.titles[0]).toBe("أخبار الموضة");
    expect(found.corrected).toBeUndefined();
  });

  it("corrects a word left a letter short even when the archive holds the short word too, to the word of the headline the other word is in", async () => {
    const found = await search(ARCHIVE, "سوة بالأبعاد");
    expect(found.corrected).toBe("سطوة بالأبعاد");
    expect(found.titles[0]).toBe("سطوة الأزواج والجهل بالأبعاد السياسية");
  });

  it("corrects a misspelt word from the archive's vocabulary when the other word is in too many headlines to read", async () => {
    const crowded = [...ARCHIVE, ...Array.from({ length: 30 }, (_, i) => ({ title: `أخبار المدينة ${i}`, story: "خبر" }))];
    const found = await search(crowded, "أخبار المضة");
    expect(found.corrected).toBe("أخبار الموضة");
    expect(found.titles[0]).toBe("أخبار الموضة");
  });

  it("puts the headline that holds a word as typed before one that holds only its stem", async () => {
    const found = await search(ARCHIVE, "سطوة بالأبعاد");
    expect(found.titles.slice(0, 2)).toEqual(["سطوة الأزواج والجهل بالأبعاد السياسية", "الطريق لإبعادها عن الإفلاس والتصدي لسطوة الأغنياء"]);
  });

  it("does not correct words the archive holds when no correction brings them into one headline", async () => {
    const found = await search(ARCHIVE, "المنتخبات البطولة");
    expect(found.corrected).toBeUndefined();
    expect(found.titles).toEqual(["قرعة البطولة العربية للطائرة"]);
  });

  it("keeps a single word the archive holds as typed, though it is in no headline and a near word is", async () => {
    const found = await search(ARCHIVE, "المضة");
    expect(found.corrected).toBeUndefined();
    expect(found.titles).toEqual(["أخبار الاقتصاد"]);
  });

  it("searches a key most of the archive holds only within the pages of the query's rarer word, and still finds and ranks them", async () => {
    const crowded = [...ARCHIVE, { title: "القدرة الاستباقية لأمن الوطن", story: "الوطن" }, ...Array.from({ length: 20 }, (_, i) => ({ title: `أخبار الوطن ${i}`, story: "الوطن" }))];
    const pagefind = fakePagefind(crowded);
    const terms: (string | null)[] = [];
    const searchPages = pagefind.search;
    pagefind.search = (term, options) => (terms.push(term), searchPages(term, options));
    const vocabulary = vocabularyOf(crowded);
    const common = queryWords("الوطن")[0]!.keys[0]!;
    const found = await search(crowded, "الاستباقية الوطن", pagefind, { ...vocabulary, pages: async (key) => (key === common ? 20_000 : vocabulary.pages(key)) });
    expect(found.titles).toEqual(["القدرة الاستباقية لأمن الوطن"]);
    expect(terms).not.toContain(common);
  });

  it("does not read a clitic split off a word as typed when what is left is a word most articles hold (لمن as ل + من)", async () => {
    const archive = [
      { title: "الضربات الأمنية الاستباقية تحمي البلاد من الفئة الضالة", story: "من" },
      { title: "القدرة الاستباقية لأمن الوطن", story: "من" },
      { title: "حملة لمنع التدخين", story: "من" },
    ];
    const vocabulary = vocabularyOf(archive);
    const functionWord = queryWords("من")[0]!.keys[0]!;
    const found = await search(archive, "الاستباقية لمن", fakePagefind(archive), { ...vocabulary, pages: async (key) => (key === functionWord ? 20_000 : vocabulary.pages(key)) });
    expect(found.titles[0]).toBe("القدرة الاستباقية لأمن الوطن");
    expect(found.corrected).toBeDefined();
  });

  it("takes a correction that restores a letter left out before one that changes a letter, though the changed one reads as a phrase", async () => {
    const archive = [
      { title: "الليلة مسرحية اجتماعية بعنوان شرم برم بأدبي جدة", story: "عرض" },
      { title: "مسرحية عادي تسلط الضوء على الخدمات", story: "عرض" },
    ];
    const found = await search(archive, "مسرحية بأدي");
    expect(found.titles[0]).toBe("الليلة مسرحية اجتماعية بعنوان شرم برم بأدبي جدة");
  });

  it("corrects a word from the headlines of the other word when there are dozens of them", async () => {
    const crowded = [...ARCHIVE, ...Array.from({ length: 40 }, (_, i) => ({ title: `أخبار المدينة ${i}`, story: "خبر" })), { title: "الحربي يعود غدا لقرائه", story: "مقال" }, ...Array.from({ length: 40 }, (_, i) => ({ title: `الحربي ${i}`, story: "لقائه" }))];
    const found = await search(crowded, "الحربي لقائه");
    expect(found.titles[0]).toBe("الحربي يعود غدا لقرائه");
  });

  it("shows the pages of two readings as likely as each other, each with every word in one headline (بإقالة as typed, and إقالة)", async () => {
    const archive = [
      { title: "تغريدة ضد أردوغان تتسبب بإقالة صحفي تركي", story: "تركيا" },
      { title: "إقالة صحافي تركي بسبب تغريدة معارضة لإردوغان", story: "تركيا" },
    ];
    const found = await search(archive, "بإقالة لإردوغان");
    expect(new Set(found.titles)).toEqual(new Set(archive.map((article) => article.title)));
    expect(found.corrected).toBeUndefined();
  });

  it("loads the index files of every word of a query in one go before searching any, and those of each correction before searching it", async () => {
    const pagefind = fakePagefind(ARCHIVE);
    const calls: [string, string][] = [];
    const { search: searchPages, preload } = pagefind;
    pagefind.search = (term, options) => (calls.push(["search", term ?? ""]), searchPages(term, options));
    pagefind.preload = (term, options) => (calls.push(["preload", term]), preload(term, options));
    const found = await search(ARCHIVE, "سوة بالأبعاد", pagefind);
    expect(found.corrected).toBe("سطوة بالأبعاد");
    const [first] = calls;
    expect(first?.[0]).toBe("preload");
    for (const word of queryWords("سوة بالأبعاد")) for (const key of [...word.keys, word.typed]) expect(first![1].split(" ")).toContain(key);
    // Every key searched on its own (a correction too) was named, as itself, in a preload before.
    calls.forEach(([kind, term], at) => {
      if (kind === "search" && !term.includes(" ")) expect(calls.slice(0, at).some(([before, terms]) => before === "preload" && terms.split(" ").includes(term))).toBe(true);
    });
  });

  it("names a word found nowhere and near nothing, and finds nothing, rather than dropping it", async () => {
    const found = await search(ARCHIVE, "ظظظظ الموضة");
    expect(found.unmatched).toEqual(["ظظظظ"]);
    expect(found.titles).toEqual([]);
  });

  it("answers any query (a blank one is no search): a word it names as found nowhere is one of the query's, and a correction has a word for each", async () => {
    const word = fc.array(fc.constantFrom(..."ابتجحدرزسطعفقكلمنهوية ـًُ،"), { minLength: 1, maxLength: 8 }).map((letters) => letters.join(""));
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 3 }), async (words) => {
        const query = words.join(" ");
        const found = await runSearch(fakePagefind(ARCHIVE), vocabularyOf(ARCHIVE), stateFromParams(new URLSearchParams({ q: query })));
        if (!query.trim()) {
          // A blank query is no search. (Not `return expect(…)`: fast-check reads what the property returns.)
          expect(found).toBeUndefined();
          return;
        }
        if (!found) return expect.unreachable(`no answer to «${query}»`);
        const typed = queryWords(query).map((queryWord) => queryWord.text);
        for (const unmatched of found.unmatched) expect(typed).toContain(unmatched);
        if (found.corrected) expect(found.corrected.split(" ")).toHaveLength(typed.length);
      }),
      { numRuns: 60, examples: [[[" "]]] },
    );
  });
});
