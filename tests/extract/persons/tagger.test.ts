import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePersonModel } from "../../../src/extract/persons/tagger.ts";
import { KnowledgeError, loadKnowledge } from "../../../src/extract/knowledge.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { officialNames, sentence } from "../helpers.ts";

describe("the person tagger", () => {
  it("ships as a data file that loads with the knowledge", () => {
    const started = performance.now();
    const knowledge = loadKnowledge();
    expect(knowledge.personModel?.word.reduce((sum, table) => sum + table.size, 0)).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("takes no official from a title followed by words that are not a person's name", () => {
    expect(officialNames("وقال مدير شرطة منطقة عسير إن الحادث وقع أمس.")).toEqual([]);
    expect(officialNames("أعلن رئيس هيئة الطاقة الذرية أحدث مواجهة مع الوكالة.")).toEqual([]);
  });

  it("reads the whole name of a person after a long title", () => {
    expect(officialNames("وقال وزير الخارجية الأمريكي جون كيري إن المفاوضات مستمرة.")).toEqual(["جون كيري"]);
  });

  it("does not take a team for a general or a coach for an official", () => {
    expect(officialNames("وأكد مدرب الفريق كريستيان جروس أن اللاعبين جاهزون.")).toEqual([]);
    expect(officialNames("وقال المدير الفني للفريق جورجيوس دونيس إن المباراة صعبة.")).toEqual([]);
  });

  it("never throws, whatever the words around a title", () => {
    const words = fc.constantFrom("وزير", "الخارجية", "الفريق", "محمد", "بن", "سلمان", "،", ".", "قال", "في", "(", ")", "x", "١٢", "ـ", "\u200f", "الأمير");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const record = sentence(parts.join(" "));
        expect(Array.isArray(record.officials)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a model file whose shape is not a tagger's, naming the file", () => {
    expect(() => compilePersonModel({ tags: ["O", "B"], features: [], weights: [] })).toThrow(/tags/);
    expect(() => compilePersonModel({ tags: ["O", "B", "I"], features: ["w=x"], weights: [1, 2] })).toThrow(/one weight per tag/);
    const dir = mkdtempSync(path.join(tmpdir(), "arshif-model-"));
    writeFileSync(path.join(dir, "person-tagger.json"), JSON.stringify({ tags: ["O"], features: [], weights: [] }));
    try {
      expect(() => loadKnowledge(dir)).toThrow(KnowledgeError);
      expect(() => loadKnowledge(dir)).toThrow(/person-tagger\.json/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
