import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { roleKindOf, roleKindsData } from "../../src/site/role-kinds.ts";
import { sourcesData } from "../../src/extract/sources.ts";

describe("kinds of role", () => {
  const kindOf = roleKindOf(roleKindsData(undefined));

  it("go by the longest beginning of the role", () => {
    expect(kindOf("رئيس الوزراء")?.id).toBe("government");
    expect(kindOf("رئيس")?.id).toBe("heads-of-state");
    expect(kindOf("وزير الخارجية")?.id).toBe("government");
    expect(kindOf("نائب رئيس الوزراء")?.id).toBe("government");
    expect(kindOf("السفير")?.id).toBe("diplomats");
    expect(kindOf("الأمين العام")?.id).toBe("international");
  });

  it("match whole words only, and leave an unknown role without a kind", () => {
    expect(kindOf("رئيسية")).toBeUndefined();
    expect(kindOf("لاعب")).toBeUndefined();
  });
});

describe("the user's data files", () => {
  it("rename a shipped entry, add to its list and add entries of their own", async () => {
    const data = await mkdtemp(path.join(tmpdir(), "arshif-data-"));
    try {
      await writeFile(path.join(data, "sources.yaml"), "sources:\n  - { id: skynews, name: سكاي نيوز, also: [sna] }\n  - { id: local, name: صحيفة محلية }\n");
      await writeFile(path.join(data, "role-kinds.yaml"), "kinds:\n  - { id: sport, label: الرياضيون, starts: [مدرب] }\n");
      const sources = sourcesData(data);
      const sky = sources.find((s) => s.id === "skynews")!;
      expect(sky.name).toBe("سكاي نيوز");
      expect(sky.also).toEqual(expect.arrayContaining(["skynewsarabia.com", "sna"]));
      expect(sources.find((s) => s.id === "local")?.name).toBe("صحيفة محلية");
      expect(roleKindOf(roleKindsData(data))("مدرب المنتخب")?.label).toBe("الرياضيون");
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });

  it("say which file is wrong", async () => {
    const data = await mkdtemp(path.join(tmpdir(), "arshif-data-"));
    try {
      await writeFile(path.join(data, "sources.yaml"), "sources: 3\n");
      expect(() => sourcesData(data)).toThrow(/sources\.yaml/);
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });
});
