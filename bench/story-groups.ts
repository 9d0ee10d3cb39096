/**
 * How long grouping wire copies takes (src/archive/story-groups.ts), on a real archive and on
 * the same archive grown to larger sizes. The records come from the build's record cache (a
 * folder built or exported before is not read again); past the archive's own size, articles
 * are added as make-archive.mjs adds them: a real article's headline, date and countries with
 * as many paragraphs drawn from the whole archive (a deterministic shuffle), none a copy.
 * Prints, per size: articles, groups, exact and near copies, wall and CPU time (best of 3).
 *
 *   npm run bench:stories -- --articles DIR [--cache DIR] [--sizes 31030,100000]
 */
import { loadSettings } from "../src/config/settings.ts";
import { loadProjectArchive } from "../src/build/project.ts";
import { storyGroups } from "../src/archive/story-groups.ts";
import type { ArticleRecord } from "../src/record.ts";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const articlesDir = option("articles");
if (!articlesDir) {
  console.error("usage: npm run bench:stories -- --articles DIR [--cache DIR] [--sizes 31030,100000]");
  process.exit(2);
}
const settings = loadSettings(process.cwd(), { articlesDir, ...(option("cache") && { cacheDir: option("cache") }) });
const loaded = performance.now();
const { archive } = await loadProjectArchive(settings);
console.log(`${archive.articles.length} articles read in ${((performance.now() - loaded) / 1000).toFixed(1)} s (record cache: ${settings.cacheDir})`);

const sizes = (option("sizes") ?? `${archive.articles.length},100000`).split(",").map(Number);
for (const size of sizes) {
  const records = grown(archive.articles, size);
  let best = { wall: Infinity, cpu: Infinity };
  let result = storyGroups(records);
  for (let run = 0; run < 3; run++) {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    result = storyGroups(records);
    best = { wall: Math.min(best.wall, performance.now() - wall), cpu: Math.min(best.cpu, process.cpuUsage(cpu).user / 1000) };
  }
  console.log([
    `${records.length} articles`,
    `${result.groups.length} groups`,
    `${result.exactCopies} exact copies`,
    `${result.nearCopies} near copies`,
    `${(best.wall / 1000).toFixed(2)} s wall`,
    `${(best.cpu / 1000).toFixed(2)} s CPU`,
  ].join(", "));
}

/** The records, and past their number new ones recombined from their paragraphs (as make-archive.mjs makes them). */
function grown(records: ArticleRecord[], size: number): ArticleRecord[] {
  if (size <= records.length) return records.slice(0, size);
  let seed = 20150721;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = records.flatMap((record) => record.paragraphs);
  const added = Array.from({ length: size - records.length }, (_, i): ArticleRecord => {
    const model = records[i % records.length]!;
    return { ...model, id: `${model.id}-r${i}`, file: `r/${i}-${model.file}`, paragraphs: model.paragraphs.map(() => pool[Math.floor(random() * pool.length)]!) };
  });
  return [...records, ...added];
}
