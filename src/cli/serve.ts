import { watch } from "node:fs";
import path from "node:path";
import type { ParseArgsConfig } from "node:util";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import type { Command } from "./main.ts";
import { parseCommandLine, settingsFromOptions, SITE_OPTIONS, SITE_OPTIONS_HELP } from "./options.ts";
import { buildSite } from "../build/build-site.ts";
import { TEMPLATES_DIR } from "../site/eleventy-site.ts";
import type { Settings } from "../config/settings.ts";
import { formatSummary } from "./summary.ts";
import { UsageError } from "./usage-error.ts";

const SERVE_OPTIONS = { ...SITE_OPTIONS, port: { type: "string", default: "8080" } } as const satisfies ParseArgsConfig["options"];
const REBUILD_DELAY_MS = 300;

export const serveCommand: Command = {
  summary: "build, then serve the site locally and rebuild when articles change",
  help: `Usage: arshif serve [options]

Builds the site, serves it at http://localhost:8080/ with live reload, and rebuilds
whenever a file in the articles folder, your data folder or the templates changes.

Options:
  --port N             port to listen on (default: 8080)
${SITE_OPTIONS_HELP}`,
  async run(args, { debug }) {
    const { values } = parseCommandLine(args, SERVE_OPTIONS);
    const port = Number(values.port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}".`);
    const settings = settingsFromOptions(values);
    await rebuild(settings, debug);

    const server = EleventyDevServer.getServer("arshif", settings.outputDir, { pathPrefix: settings.pathPrefix, domDiff: false });
    server.serve(port);
    watchSources(settings, async () => {
      await rebuild(settings, debug);
      server.reload();
    });
    return new Promise<number>(() => {}); // runs until interrupted
  },
};

async function rebuild(settings: Settings, debug: boolean): Promise<void> {
  try {
    console.log(formatSummary(await buildSite(settings), settings, { debug }));
  } catch (error) {
    console.error(`arshif serve: the build failed: ${(error as Error).message}`);
  }
}

/** Calls onChange once a burst of changes below the watched folders has settled. */
function watchSources(settings: Settings, onChange: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(onChange)), REBUILD_DELAY_MS);
  };
  const folders = [settings.articlesDir, TEMPLATES_DIR, settings.dataDir ?? path.join(settings.root, "data")];
  for (const folder of folders) {
    try {
      watch(folder, { recursive: true }, schedule);
    } catch {
      // a folder that does not exist has nothing to watch
    }
  }
}
