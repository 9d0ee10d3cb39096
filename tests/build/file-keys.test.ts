import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileKeys } from "../../src/build/file-keys.ts";

describe("the keys of article files, remembered between builds", () => {
  let work: string;
  const articles = () => path.join(work, "articles");
  const cache = () => path.join(work, "cache");
  const keyOf = async (file: string) => (await fileKeys(articles(), [file], cache())).get(file)!;
  const anHourAgo = new Date(Date.now() - 3_600_000);
  /** Writes the file and gives it a modification time (now when none is given). */
  const save = async (file: string, text: string, when?: Date) => {
    await writeFile(path.join(articles(), file), text);
    if (when) await utimes(path.join(articles(), file), when, when);
  };

  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), "arshif-file-keys-"));
    await import("node:fs/promises").then((fs) => fs.mkdir(articles()));
  });
  afterEach(() => rm(work, { recursive: true, force: true }));

  it("gives a new key when a file's bytes change, and the same key for the same bytes", async () => {
    await save("a.txt", "خبر أول", anHourAgo);
    const first = await keyOf("a.txt");
    await save("a.txt", "خبر ثان");
    const second = await keyOf("a.txt");
    expect(second.key).not.toBe(first.key);
    await save("a.txt", "خبر أول");
    expect((await keyOf("a.txt")).key).toBe(first.key);
  });

  it("does not read again a file whose size, time and inode are those it had when its key was taken", async () => {
    await save("a.txt", "خبر أول", anHourAgo);
    const first = await keyOf("a.txt");
    // Same size, same time, same inode: only a build that reads the file would see the change.
    await save("a.txt", "خبر آخر", anHourAgo);
    expect((await keyOf("a.txt")).key).toBe(first.key);
  });

  it("reads again a file changed within two seconds of when its key was taken, whatever its stat says", async () => {
    const now = new Date();
    await save("a.txt", "خبر أول", now);
    const first = await keyOf("a.txt");
    await save("a.txt", "خبر آخر", now);
    expect((await keyOf("a.txt")).key).not.toBe(first.key);
  });

  it("says which files cannot be read, and keys the rest", async () => {
    await save("a.txt", "خبر");
    const keys = await fileKeys(articles(), ["a.txt", "gone.txt"], cache());
    expect(keys.get("a.txt")!.unreadable).toBeUndefined();
    expect(keys.get("gone.txt")!.unreadable).toMatch(/ENOENT/);
  });
});
