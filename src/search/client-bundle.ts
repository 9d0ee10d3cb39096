import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const CLIENT_ENTRY = fileURLToPath(new URL("./client/main.ts", import.meta.url));

/** Bundles the search page's TypeScript (with the shared normalization) into <outputDir>/assets/search.js. */
export async function writeSearchClient(outputDir: string): Promise<void> {
  await build({
    entryPoints: [CLIENT_ENTRY],
    outfile: path.join(outputDir, "assets", "search.js"),
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    plugins: [withoutHijriCalendar],
  });
}

/**
 * The page shares src/site/format.ts for numbers, whose Hijri dates need a 16 kB calendar
 * table the search page never uses. The package does not declare itself free of side
 * effects, so esbuild would keep it unless told.
 */
const withoutHijriCalendar: Plugin = {
  name: "hijri-converter-has-no-side-effects",
  setup(build) {
    build.onResolve({ filter: /^@tabby_ai\/hijri-converter$/ }, async (args) => {
      if (args.pluginData) return undefined; // the look-up below, resolved the ordinary way
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: true });
      return { ...resolved, sideEffects: false };
    });
  },
};
