import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Everything a user may set, from arshif.config.json at the project root or the command line. */
export interface Settings {
  /** Project root: where articles/, data/ and _site/ are resolved from. */
  root: string;
  articlesDir: string;
  outputDir: string;
  /** A folder of the user's own data files that extend the shipped ones (countries, officials, topics, boilerplate). */
  dataDir?: string;
  siteTitle: string;
  siteDescription: string;
  /** Sub-path the site is served under, e.g. "/archive/"; "/" for a host's root. */
  pathPrefix: string;
  /** Absolute origin for canonical URLs and feeds, e.g. "https://example.org". */
  siteUrl?: string;
  /** Numerals in the interface: Arabic-Indic (arab) or Latin (latn). */
  digits: "arab" | "latn";
}

export const CONFIG_FILE = "arshif.config.json";

const DEFAULTS = {
  articlesDir: "articles",
  outputDir: "_site",
  siteTitle: "أرشيف",
  siteDescription: "أرشيف أخبار عربي قابل للبحث",
  pathPrefix: "/",
  digits: "arab",
} as const;

export class SettingsError extends Error {}

/** Reads the project's settings: defaults, then arshif.config.json, then the overrides (command line). */
export function loadSettings(root: string, overrides: Partial<Settings> = {}): Settings {
  const fromFile = readConfigFile(root);
  const merged = { ...DEFAULTS, ...fromFile, ...definedOnly(overrides) };
  if (merged.digits !== "arab" && merged.digits !== "latn") {
    throw new SettingsError(`${CONFIG_FILE}: "digits" must be "arab" or "latn", not ${JSON.stringify(merged.digits)}.`);
  }
  return {
    ...merged,
    root,
    articlesDir: path.resolve(root, merged.articlesDir),
    outputDir: path.resolve(root, merged.outputDir),
    dataDir: merged.dataDir ? path.resolve(root, merged.dataDir) : undefined,
    pathPrefix: normalizePathPrefix(merged.pathPrefix),
    siteUrl: merged.siteUrl?.replace(/\/+$/, ""),
  };
}

function readConfigFile(root: string): Partial<Settings> {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) return {};
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Partial<Settings>;
  } catch (error) {
    throw new SettingsError(`${file}: not valid JSON (${(error as Error).message}). Fix the file or remove it to use the defaults.`);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "archive" → "/archive/", "" → "/". */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
