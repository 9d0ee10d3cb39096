import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldArabic } from "../../src/text/normalize.ts";
import { queryWordKeys, transliterate, wordKeys } from "../../src/search/keys.ts";
import { frequencyClass, parseShard, shardOf, VocabularyCounter } from "../../src/search/vocabulary.ts";

const arabicWord = fc.array(fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءوبلفك"), { minLength: 2, maxLength: 9 }).map((letters) => letters.join(""));

const key = (word: string) => transliterate(foldArabic(word));

/** The keys a vocabulary of these words holds, read back from its files as the search page reads them. */
function heldKeys(words: string[]): Set<string> {
  const counter = new VocabularyCounter();
  for (const word of words) for (const key of wordKeys(foldArabic(word))) counter.addWord(key, 1);
  const files = new Map(counter.files().map((file) => [file.path, new TextDecoder().decode(file.content)]));
  const keys = words.flatMap((word) => wordKeys(foldArabic(word)));
  return new Set(keys.filter((key) => parseShard(files.get(shardOf(key)) ?? "").some((held) => held.key === key)));
}

describe("the typo vocabulary", () => {
  it("holds every key a query word can stand for, whatever the word", () => {
    fc.assert(
      fc.property(fc.array(arabicWord, { minLength: 1, maxLength: 5 }), (words) => {
        const held = heldKeys(words);
        for (const word of words) for (const key of queryWordKeys(foldArabic(word))) if (wordKeys(foldArabic(word)).includes(key)) expect(held).toContain(key);
      }),
    );
  });

  it("leaves out a word as written with a clitic and the article, which a query reads by its stem (والصين, بالصين, للصين)", () => {
    const held = heldKeys(["والصين", "بالصين", "وللصين", "والد"]);
    for (const written of ["والصين", "بالصين", "وللصين"]) expect(held).not.toContain(key(written));
    for (const kept of ["صين", "والد"]) expect(held).toContain(key(kept));
  });

  it("keeps a stem that begins with the article's letters, which a query word can stand for (الالتزام → التزام)", () => {
    const held = heldKeys(["الالتزام", "بفالصين"]);
    expect(held).toContain(key("التزام"));
    for (const word of ["الالتزام", "بفالصين"]) for (const reading of queryWordKeys(foldArabic(word))) if (wordKeys(foldArabic(word)).includes(reading)) expect(held).toContain(reading);
  });

  it("says how common a word is up to 2^15 articles, in one letter, so the search page can tell a word most of a large archive holds", () => {
    const counter = new VocabularyCounter();
    counter.addWord("mn", 24_000);
    counter.addWord("mnxb", 3);
    counter.addWord("mnxbat", 100_000);
    const words = parseShard(new TextDecoder().decode(counter.files().find((file) => file.path === shardOf("mn"))!.content));
    expect(words).toEqual([
      { key: "mn", frequency: 14 },
      { key: "mnxb", frequency: 1 },
      { key: "mnxbat", frequency: 15 },
    ]);
    expect([1, 2, 1023, 1024].map(frequencyClass)).toEqual(["0", "1", "9", "a"]);
  });
});
