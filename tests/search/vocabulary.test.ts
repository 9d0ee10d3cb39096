import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldArabic } from "../../src/text/normalize.ts";
import { queryWordKeys, transliterate, wordKeys } from "../../src/search/keys.ts";
import { parseShard, shardOf, VocabularyCounter } from "../../src/search/vocabulary.ts";

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
});
