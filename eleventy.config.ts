/**
 * Eleventy's configuration. `arshif build` and `arshif serve` run Eleventy with it and hand
 * it the settings and the ready archive (global data "arshif"); every template renders
 * from that archive. Run by Eleventy alone, it loads both from the project itself.
 */
import { configureSite, TEMPLATES_DIR, type EleventyUserConfig, type SiteInput } from "./src/site/eleventy-site.ts";
import { loadSettings } from "./src/config/settings.ts";
import { loadProjectArchive } from "./src/build/project.ts";

export default async function (eleventyConfig: EleventyUserConfig) {
  const given = eleventyConfig.globalData.arshif as SiteInput | undefined;
  const settings = given?.settings ?? loadSettings(process.cwd());
  const archive = given?.archive ?? (await loadProjectArchive(settings)).archive;
  configureSite(eleventyConfig, { ...given, archive, settings });
  return {
    dir: { input: TEMPLATES_DIR, includes: "_includes", output: settings.outputDir },
    pathPrefix: settings.pathPrefix,
  };
}
