import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SettingsError } from "../../src/config/settings.ts";
import { loadKnowledge } from "../../src/extract/knowledge.ts";
import { officialNames } from "./helpers.ts";

async function dataFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "arshif-data-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

/**
 * data/given-names.yaml tells the person tagger which words are given names: a foreign official
 * whose name the training labels never held is read after a title when the first name is listed.
 * None of these family names is in training/persons/articles.jsonl.
 */
describe("given names", () => {
  it.each([
    // أليس is also a word ("isn't it"): without the list the tagger refused the name
    ["من جهتها، لفتت وزيرة المهجرين أليس مونرو إلى أنه لا اعتكاف للحكومة.", ["أليس مونرو"]],
  ])("reads an official never seen in training whose first name is listed: %s", (text, names) => {
    expect(officialNames(text)).toEqual(names);
  });

  it("refuses, as a settings error naming the file, a user's entry of two words", async () => {
    const dir = await dataFolder({ "given-names.yaml": "names:\n  mine: [جان كلود]\n" });
    expect(() => loadKnowledge(dir)).toThrow(SettingsError);
    expect(() => loadKnowledge(dir)).toThrow(/given-names\.yaml: .*not one word/);
  });

  it("adds a user's given names to the shipped ones", async () => {
    const dir = await dataFolder({ "given-names.yaml": "names:\n  mine: [زوبيدا]\nalso_words: [ربيعة]\n" });
    const { givenNames } = loadKnowledge(dir);
    expect(givenNames.names.has("زوبيدا")).toBe(true);
    expect(givenNames.names.has("جون")).toBe(true);
    expect(givenNames.alsoWords.has("ربيعه")).toBe(true);
  });
});
