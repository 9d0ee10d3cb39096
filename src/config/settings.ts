import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Everything a user may set, from arshif.config.json at the project root or the command line. */
export interface Settings {
  /** Project root: where articles/, data/ and _site/ are resolved from. */
  root: string;
  articlesDir: string;
  outputDir: string;
  /** Where what a build made is kept for the next one (records, the page list): never served. */
  cacheDir: string;
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
  cacheDir: ".arshif-cache",
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
  for (const key of TEXT_SETTINGS) {
    const value = merged[key];
    if (value !== undefined && (typeof value !== "string" || value.trim() === "" || value.includes("\0"))) {
      throw new SettingsError(`the setting "${key}" must be a non-empty text, not ${JSON.stringify(value)}.`);
    }
  }
  if (merged.digits !== "arab" && merged.digits !== "latn") {
    throw new SettingsError(`"digits" must be "arab" or "latn", not ${JSON.stringify(merged.digits)}.`);
  }
  const dataDir = merged.dataDir ? path.resolve(root, merged.dataDir) : undefined;
  if (dataDir && !statSync(dataDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new SettingsError(`the data folder ${dataDir} does not exist or is not a folder. Create it, or leave out --data to use the shipped data files.`);
  }
  return {
    ...merged,
    root,
    articlesDir: path.resolve(root, merged.articlesDir),
    outputDir: path.resolve(root, merged.outputDir),
    cacheDir: path.resolve(root, merged.cacheDir),
    dataDir,
    pathPrefix: normalizePathPrefix(merged.pathPrefix),
    siteUrl: merged.siteUrl === undefined ? undefined : siteOrigin(merged.siteUrl),
  };
}

const TEXT_SETTINGS = ["articlesDir", "outputDir", "cacheDir", "dataDir", "siteTitle", "siteDescription", "pathPrefix", "siteUrl"] as const;

/** "https://example.org/" → "https://example.org": an http(s) address, nothing a link could run. */
function siteOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingsError(`--site-url must be a full web address such as https://example.org, not ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SettingsError(`--site-url must start with https:// or http://, not ${JSON.stringify(url.protocol)}.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SettingsError(`--site-url must be a plain address without query, fragment or credentials (${JSON.stringify(value)}); give a sub-path with --path-prefix.`);
  }
  return url.href.replace(/\/+$/, "");
}

function readConfigFile(root: string): Partial<Settings> {
  const file = path.join(root, CONFIG_FILE);
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("it must hold one object of settings");
    return parsed as Partial<Settings>;
  } catch (error) {
    throw new SettingsError(`${file}: not valid JSON (${(error as Error).message}). Fix the file or remove it to use the defaults.`);
  }
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "archive" → "/archive/", "" → "/". Segments are URL path segments: no "..", no characters that need escaping in HTML. */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  const segments = trimmed ? trimmed.split(/\/+/) : [];
  if (segments.some((segment) => segment === "." || segment === ".." || !/^[A-Za-z0-9._~-]+$/.test(segment))) {
    throw new SettingsError(`--path-prefix must be a sub-path of letters, digits, ".", "_", "~" and "-", such as /archive/, not ${JSON.stringify(prefix)}.`);
  }
  return segments.length ? `/${segments.join("/")}/` : "/";
}
