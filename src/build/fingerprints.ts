/**
 * Content fingerprints that say when cached work may be reused: of arshif itself (its code,
 * shipped data and templates), of a user's data folder, and of an article file.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../site/eleventy-site.ts";

/** SHA-256 in hex of the parts, each length-prefixed so that no two lists of parts collide. */
export function digestOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/** Every file below a folder (none when it does not exist), with its content, in a stable order. */
function folderDigest(dir: string): string {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return digestOf("absent");
  }
  return digestOf(...files.flatMap((file) => [file.split(path.sep).join("/"), readFileSync(path.join(dir, file))]));
}

let codeDigest: string | undefined;

/**
 * arshif as it runs now: its version, source, shipped data and templates. Any change to them
 * may change what an article becomes or how a page looks, so nothing made by another build of
 * arshif is reused. (Read once per process: the code does not change while it runs.)
 */
export function arshifDigest(): string {
  codeDigest ??= digestOf(
    readFileSync(path.join(PROJECT_ROOT, "package.json")),
    readFileSync(path.join(PROJECT_ROOT, "package-lock.json")),
    ...["src", "data", "layouts"].map((dir) => folderDigest(path.join(PROJECT_ROOT, dir))),
  );
  return codeDigest;
}

/** The user's data folder (countries, officials, topics, boilerplate…), or none. */
export function dataFolderDigest(dataDir: string | undefined): string {
  return dataDir ? folderDigest(dataDir) : digestOf("no data folder");
}
