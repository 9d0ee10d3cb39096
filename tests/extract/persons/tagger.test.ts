import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestIndex, compilePersonModel, PersonTagger, TAGS, type Tag } from "../../../src/extract/persons/tagger.ts";
import { TokenClasses, tokenFeatures } from "../../../src/extract/persons/features.ts";
import { phraseContext } from "../../../src/extract/officials/context.ts";
import { ruleMarks, ruleReadings } from "../../../src/extract/steps/officials.ts";
import { createState } from "../../../src/extract/state.ts";
import { clean } from "../../../src/extract/steps/clean.ts";
import { countries } from "../../../src/extract/steps/countries.ts";
import { readFileSync } from "node:fs";
import { KnowledgeError, loadKnowledge } from "../../../src/extract/knowledge.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { draftOf, knowledge, officialNames, sentence } from "../helpers.ts";

const MODEL_FILE = new URL("../../../data/person-tagger.json", import.meta.url);

/** Greedy tags from the features as training names and counts them: what the fast tagger must equal. */
function referenceTags(text: string, weights: Map<string, number[]>): { fast: Tag[]; reference: Tag[] } {
  const state = createState(draftOf(text), knowledge());
  clean(state);
  countries(state);
  const ctx = phraseContext(state);
  const marks = ruleMarks(ruleReadings(ctx));
  const classes = new TokenClasses(ctx, marks);
  const reference: Tag[] = [];
  let previous: Tag = "O";
  for (let i = 0; i < state.tokens.length; i++) {
    const scores = [0, 0, 0];
    for (const feature of tokenFeatures(ctx, classes, i, previous)) weights.get(feature)?.forEach((w, t) => (scores[t]! += w));
    reference.push((previous = TAGS[bestIndex(scores, previous)]!));
  }
  const fast = new PersonTagger(ctx, knowledge().personModel!, marks).tag(0, state.tokens.length);
  return { fast, reference };
}

describe("the person tagger", () => {
  it("ships as a data file that loads with the knowledge", () => {
    const started = performance.now();
    const knowledge = loadKnowledge();
    expect(knowledge.personModel?.word.reduce((sum, table) => sum + table.size, 0)).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("tags every token as the features training counts would, though it makes no feature names", () => {
    const articles = readFileSync(new URL("../../../training/persons/articles.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).slice(0, 40);
    const file = JSON.parse(readFileSync(MODEL_FILE, "utf8")) as { features: string[]; weights: number[] };
    const weights = new Map(file.features.map((feature, row) => [feature, file.weights.slice(row * 3, row * 3 + 3)]));
    for (const line of articles) {
      const { title, text } = JSON.parse(line) as { title: string; text: string };
      const { fast, reference } = referenceTags(`${title}\n${text}`, weights);
      expect(fast.join("")).toBe(reference.join(""));
    }
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
