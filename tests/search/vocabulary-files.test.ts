import { afterEach, describe, expect, it, vi } from "vitest";
import { VocabularyCounter } from "../../src/search/vocabulary.ts";
import { VocabularyFiles } from "../../src/search/client/vocabulary-files.ts";

/** The vocabulary's files served as the search page fetches them, counting the fetches. */
function served(words: [string, number][]): { fetched: string[] } {
  const counter = new VocabularyCounter();
  for (const [key, articles] of words) counter.addWord(key, articles);
  const files = new Map(counter.files().map((file) => [`/pagefind/${file.path}`, new TextDecoder().decode(file.content)]));
  const fetched: string[] = [];
  vi.stubGlobal("fetch", async (url: string) => {
    fetched.push(url);
    const text = files.get(url);
    return { ok: text !== undefined, text: async () => text ?? "" };
  });
  return { fetched };
}

afterEach(() => vi.unstubAllGlobals());

describe("the vocabulary as the search page loads it", () => {
  it("tells about how many articles hold a word beginning with a key, from the one file of its first two letters", async () => {
    const { fetched } = served([["mn", 20_000], ["mnxb", 40], ["mnoie", 3_000], ["amn", 700]]);
    const vocabulary = new VocabularyFiles("/pagefind/");
    const pages = await vocabulary.pages("mn");
    // Each word's count is rounded down to a power of two: 16,384 + 32 + 2,048.
    expect(pages).toBe(16_384 + 32 + 2_048);
    expect(await vocabulary.pages("mnx")).toBe(32);
    expect(await vocabulary.pages("zz")).toBe(0);
    expect(fetched.filter((url) => url.endsWith("p-mn.txt"))).toHaveLength(1);
  });
});
