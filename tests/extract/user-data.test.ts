import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { SettingsError } from "../../src/config/settings.ts";
import { loadKnowledge, loadKnowledgeData } from "../../src/extract/knowledge.ts";

async function dataFolder(files: Record<string, string>): Promise<string> {
  const dir = tempDir("arshif-data-");
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe("a user's data files", () => {
  it("cannot change the prototype of any object through a __proto__ key", async () => {
    const dir = await dataFolder({ "topics.yaml": "__proto__:\n  polluted: yes\n", "names.yaml": "__proto__:\n  polluted: yes\n" });
    const data = loadKnowledgeData(dir);
    expect("polluted" in data.topics!).toBe(false);
    expect("polluted" in data.names!).toBe(false);
    loadKnowledge(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("are refused as a settings error naming the file when a topic id could not be a page address", async () => {
    const dir = await dataFolder({ "topics.yaml": 'topics:\n  "../../x":\n    label: خطأ\n    terms: {كلمة: 5}\n' });
    expect(() => loadKnowledge(dir)).toThrow(SettingsError);
    expect(() => loadKnowledge(dir)).toThrow(/topics\.yaml: .*not a URL-safe id/);
  });

  it("are refused as a settings error naming the file when their shape is wrong", async () => {
    const dir = await dataFolder({ "topics.yaml": "topics:\n  energy: 5\n" });
    expect(() => loadKnowledge(dir)).toThrow(SettingsError);
  });
});
