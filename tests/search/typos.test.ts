import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldArabic } from "../../src/text/normalize.ts";
import { transliterate } from "../../src/search/keys.ts";
import { keyDistance, nearestWords } from "../../src/search/typos.ts";

const key = (word: string) => transliterate(foldArabic(word));
const arabicWord = fc.array(fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقكلمنهويء"), { minLength: 1, maxLength: 9 }).map((letters) => letters.join(""));

describe("the distance between two words", () => {
  it("is nothing between a word and itself, and the same both ways", () => {
    fc.assert(fc.property(arabicWord, arabicWord, (a, b) => {
      expect(keyDistance(key(a), key(a))).toBe(0);
      expect(keyDistance(key(a), key(b))).toBe(keyDistance(key(b), key(a)));
    }));
  });

  it("is at most one for a letter left out anywhere, the first included", () => {
    fc.assert(fc.property(arabicWord, fc.nat(), (word, at) => {
      const letters = [...word];
      const i = at % letters.length;
      const shorter = [...letters.slice(0, i), ...letters.slice(i + 1)].join("");
      expect(keyDistance(key(word), key(shorter))).toBeLessThanOrEqual(1);
    }));
  });

  it("counts the slips of Arabic readers as half an edit: letters alike, a letter doubled", () => {
    expect(keyDistance(key("ضابط"), key("ظابط"))).toBe(0.5);
    expect(keyDistance(key("مدرسة"), key("مدرصة"))).toBe(0.5);
    expect(keyDistance(key("مدد"), key("مد"))).toBe(0.5);
    expect(keyDistance(key("كتاب"), key("كمان"))).toBe(2);
  });

  it("gives up beyond its bound", () => {
    expect(keyDistance(key("استراتيجية"), key("كتاب"))).toBe(Infinity);
  });
});

describe("the nearest archive words", () => {
  const vocabulary = [key("اجره"), key("اجهزه"), key("الاجهزه"), key("ابحاث")].map((word, i) => ({ key: word, frequency: i }));

  it("are the closest first, and leave the word itself out", () => {
    expect(nearestWords(key("اجه"), vocabulary, 3).map((word) => word.key)).toEqual([key("اجره")]);
    expect(nearestWords(key("اجره"), vocabulary, 3).map((word) => word.key)).not.toContain(key("اجره"));
  });

  it("are none for a word of two letters, near too many others", () => {
    expect(nearestWords(key("اج"), vocabulary, 3)).toEqual([]);
  });
});
