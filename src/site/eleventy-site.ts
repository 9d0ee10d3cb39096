import path from "node:path";
import { fileURLToPath } from "node:url";
import { officialKey, type Archive } from "../archive/index.ts";
import type { Settings } from "../config/settings.ts";
import { formatGregorian, formatHijri, formatNumber } from "./format.ts";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEMPLATES_DIR = path.join(PROJECT_ROOT, "layouts");

/** The subset of Eleventy's UserConfig that arshif uses (Eleventy ships no types of its own). */
export interface EleventyUserConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  setTemplateFormats(formats: string[]): void;
  setLibrary?(name: string, library: unknown): void;
  addWatchTarget(target: string): void;
  on(event: string, callback: (...args: any[]) => unknown): void;
  globalData: Record<string, unknown>;
}

export interface SiteData {
  title: string;
  description: string;
  digits: Settings["digits"];
  url?: string;
}

/** What arshif hands to Eleventy. */
export interface SiteInput {
  archive: Archive;
  settings: Settings;
}

/**
 * Everything Eleventy needs to render the archive: the data, the filters templates use,
 * and the static assets. The archive arrives ready-made; templates never run extraction.
 */
export function configureSite(config: EleventyUserConfig, { archive, settings }: SiteInput): void {
  const site: SiteData = {
    title: settings.siteTitle,
    description: settings.siteDescription,
    digits: settings.digits,
    url: settings.siteUrl,
  };
  config.addGlobalData("archive", archive);
  config.addGlobalData("site", site);
  config.setTemplateFormats(["njk"]);
  config.addPassthroughCopy({ [path.join(TEMPLATES_DIR, "assets")]: "assets" });

  config.addFilter("gregorian", (iso?: string) => (iso ? formatGregorian(iso, settings.digits) : ""));
  config.addFilter("hijri", (iso?: string) => (iso ? formatHijri(iso, settings.digits) ?? "" : ""));
  config.addFilter("number", (value: number) => formatNumber(value, settings.digits));
  config.addFilter("officialKey", officialKey);
  config.addFilter("isoDay", (iso?: string) => iso?.slice(0, 10) ?? "");
}
