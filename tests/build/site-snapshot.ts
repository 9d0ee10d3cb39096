import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every file below a folder (dotfiles included), by path with forward slashes, with a hash of its bytes. */
export async function siteSnapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  const snapshot: Record<string, string> = {};
  for (const file of files.sort()) {
    snapshot[path.relative(folder, file).split(path.sep).join("/")] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return snapshot;
}
