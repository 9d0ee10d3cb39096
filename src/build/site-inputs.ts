/**
 * Everything a site is built from, as one digest: arshif itself, the user's data files, the
 * settings that show in the pages, and every article file (its path and bytes) with the entries
 * of the articles folder left unread. Equal digests make equal sites, so a build whose inputs
 * have not changed since the site in the output folder was built has nothing to do.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Settings } from "../config/settings.ts";
import { scanFolder } from "../files/read-articles.ts";
import { arshifDigest, dataFolderDigest, digestOf } from "./fingerprints.ts";

export async function siteInputsDigest(settings: Settings): Promise<string> {
  const { files, skipped } = await scanFolder(settings.articlesDir);
  const fileDigests: string[] = [];
  for (let start = 0; start < files.length; start += READS_AT_ONCE) {
    const batch = files.slice(start, start + READS_AT_ONCE);
    const bytes = await Promise.all(batch.map((file) => readFile(path.join(settings.articlesDir, file)).catch((error: NodeJS.ErrnoException) => `unreadable: ${error.code}`)));
    batch.forEach((file, i) => fileDigests.push(digestOf(file, bytes[i]!)));
  }
  const { siteTitle, siteDescription, pathPrefix, siteUrl, digits } = settings;
  return digestOf(
    arshifDigest(),
    dataFolderDigest(settings.dataDir),
    JSON.stringify({ siteTitle, siteDescription, pathPrefix, siteUrl, digits }),
    JSON.stringify(skipped),
    ...fileDigests,
  );
}

/** Files read at once: enough to keep the disk busy, few enough for the open-file limit. */
const READS_AT_ONCE = 64;
