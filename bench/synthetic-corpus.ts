import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Paragraphs of the bundled samples, the material synthetic articles are recombined from. */
export function sampleParagraphs(articlesDir: string): string[] {
  return readdirSync(articlesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(path.join(articlesDir, f), "utf8").split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 12);
}

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text of synthetic article number i: a headline and paragraphs up to about targetBytes. */
export function syntheticArticle(paragraphs: string[], i: number, targetBytes = 4096): string {
  const next = random(i + 1);
  const pick = () => paragraphs[Math.floor(next() * paragraphs.length)]!;
  const headline = pick().split(/\s+/).slice(0, 9).join(" ");
  const body: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const paragraph = pick();
    body.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
  return `${headline} ${i}\n\n/مصدر: شينخوا/   ${day.replace(/-/g, ":")}.10:20\n\n${body.join("\n\n")}\n`;
}

/** Writes count synthetic .txt articles into dir, 1,000 to a sub-folder. */
export async function writeSyntheticArchive(dir: string, count: number, paragraphs: string[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `article-${String(i).padStart(6, "0")}.txt`), syntheticArticle(paragraphs, i));
  }
}
