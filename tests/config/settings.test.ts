import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { loadSettings, normalizePathPrefix, SettingsError } from "../../src/config/settings.ts";

describe("settings", () => {
  it("resolves folders against the project root", async () => {
    const root = tempDir("arshif-settings-");
    const settings = loadSettings(root);
    expect(settings.articlesDir).toBe(path.join(root, "articles"));
    expect(settings.outputDir).toBe(path.join(root, "_site"));
    expect(settings.pathPrefix).toBe("/");
  });

  it("takes arshif.config.json and lets the command line win over it", async () => {
    const root = tempDir("arshif-settings-");
    await writeFile(path.join(root, "arshif.config.json"), JSON.stringify({ siteTitle: "أرشيفي", digits: "latn", outputDir: "public" }));
    const settings = loadSettings(root, { outputDir: "out" });
    expect(settings).toMatchObject({ siteTitle: "أرشيفي", digits: "latn", outputDir: path.join(root, "out") });
  });

  it("names the config file when it is not valid JSON", async () => {
    const root = tempDir("arshif-settings-");
    await writeFile(path.join(root, "arshif.config.json"), "{ siteTitle: ");
    expect(() => loadSettings(root)).toThrow(/arshif\.config\.json: not valid JSON/);
  });

  it("rejects a digits setting other than arab or latn", async () => {
    const root = tempDir("arshif-settings-");
    expect(() => loadSettings(root, { digits: "roman" as "arab" })).toThrow(SettingsError);
  });

  it("writes any path prefix with one slash on each side", () => {
    expect(normalizePathPrefix("archive")).toBe("/archive/");
    expect(normalizePathPrefix("/a/b//")).toBe("/a/b/");
    expect(normalizePathPrefix("")).toBe("/");
  });

  it("refuses a path prefix that climbs out of the site or needs escaping in a page", () => {
    for (const prefix of ["../x", "/a/../b/", 'a"onload="x', "a b", "<script>"]) expect(() => normalizePathPrefix(prefix)).toThrow(SettingsError);
  });

  it("accepts only an http or https site address, without query or credentials", async () => {
    const root = tempDir("arshif-settings-");
    expect(loadSettings(root, { siteUrl: "https://example.org/" }).siteUrl).toBe("https://example.org");
    for (const siteUrl of ["javascript:alert(1)", "example.org", "https://u:p@example.org", "https://example.org/?q=1"]) {
      expect(() => loadSettings(root, { siteUrl })).toThrow(SettingsError);
    }
  });

  it("names a data folder that does not exist instead of silently using the shipped data", async () => {
    const root = tempDir("arshif-settings-");
    expect(() => loadSettings(root, { dataDir: "my-data" })).toThrow(/data folder .*my-data does not exist/);
  });

  it("says which setting of arshif.config.json has the wrong kind of value", async () => {
    const root = tempDir("arshif-settings-");
    await writeFile(path.join(root, "arshif.config.json"), JSON.stringify({ outputDir: 5 }));
    expect(() => loadSettings(root)).toThrow(/"outputDir" must be a non-empty text/);
    await writeFile(path.join(root, "arshif.config.json"), "[]");
    expect(() => loadSettings(root)).toThrow(SettingsError);
  });
});
