/**
 * Everything a site is built from, as one digest: arshif itself, the user's data files, the
 * settings that show in the pages, and every article file (its path and bytes, by its key) with the entries
 * of the articles folder left unread. Equal digests make equal sites, so a build whose inputs
 * have not changed since the site in the output folder was built has nothing to do.
 */
import type { Settings } from "../config/settings.ts";
import { scanFolder } from "../files/read-articles.ts";
import { arshifDigest, dataFolderDigest, digestOf } from "./fingerprints.ts";
import { fileKeys } from "./file-keys.ts";

export async function siteInputsDigest(settings: Settings): Promise<string> {
  const { files, skipped } = await scanFolder(settings.articlesDir);
  const keys = await fileKeys(settings.articlesDir, files, settings.cacheDir);
  const fileDigests = files.map((file) => keys.get(file)!.key);
  const { siteTitle, siteDescription, pathPrefix, siteUrl, digits } = settings;
  return digestOf(
    arshifDigest(),
    dataFolderDigest(settings.dataDir),
    JSON.stringify({ siteTitle, siteDescription, pathPrefix, siteUrl, digits }),
    JSON.stringify(skipped),
    ...fileDigests,
  );
}
