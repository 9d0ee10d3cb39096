import { parseArgs, type ParseArgsConfig } from "node:util";
import { statSync } from "node:fs";
import { loadSettings, type Settings } from "../config/settings.ts";
import { loadProjectArchive } from "../build/project.ts";
import type { Archive } from "../archive/index.ts";
import type { Problem } from "../record.ts";
import { UsageError } from "./usage-error.ts";

/** Options every site command shares: where the articles are and how the site is built. */
export const SITE_OPTIONS = {
  articles: { type: "string" },
  output: { type: "string" },
  data: { type: "string" },
  cache: { type: "string" },
  "path-prefix": { type: "string" },
  "site-url": { type: "string" },
  digits: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export const SITE_OPTIONS_HELP = `  --articles DIR       folder of article files (default: articles)
  --output DIR         where the site is written (default: _site)
  --data DIR           folder of your own data files (countries, officials, topics, boilerplate)
  --cache DIR          where builds keep what they made for the next build (default: .arshif-cache)
  --path-prefix PATH   sub-path the site is served under, e.g. /archive/ (default: /)
  --site-url URL       public origin for canonical links and feeds, e.g. https://example.org
  --digits arab|latn   numerals in the interface (default: arab)
Settings may also be kept in arshif.config.json; the command line wins.`;

/** Options of the commands that read the archive without building a site (export, stats). */
export const ARCHIVE_OPTIONS = {
  articles: { type: "string" },
  data: { type: "string" },
  cache: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

export const ARCHIVE_OPTIONS_HELP = `  --articles DIR       folder of article files (default: articles)
  --data DIR           folder of your own data files (countries, officials, topics, boilerplate)
  --cache DIR          the builds' record cache, reused and kept up to date (default: .arshif-cache)`;

/** The archive of the project the command line names (articles, data, record cache): what export and stats read. */
export async function archiveFromOptions(values: Record<string, unknown>, extra: Partial<Settings> = {}): Promise<{ archive: Archive; settings: Settings; problems: Problem[] }> {
  const settings = loadSettings(process.cwd(), {
    articlesDir: values.articles as string | undefined,
    dataDir: values.data as string | undefined,
    cacheDir: values.cache as string | undefined,
    ...extra,
  });
  if (!statSync(settings.articlesDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new UsageError(`the articles folder ${settings.articlesDir} does not exist. Name it with --articles DIR.`);
  }
  const { archive, report } = await loadProjectArchive(settings);
  return { archive, settings, problems: report.problems };
}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export function settingsFromOptions(values: Record<string, unknown>): Settings {
  return loadSettings(process.cwd(), {
    articlesDir: values.articles as string | undefined,
    outputDir: values.output as string | undefined,
    dataDir: values.data as string | undefined,
    cacheDir: values.cache as string | undefined,
    pathPrefix: values["path-prefix"] as string | undefined,
    siteUrl: values["site-url"] as string | undefined,
    digits: values.digits as Settings["digits"] | undefined,
  });
}
