/**
 * Who owns a front matter value. `arshif annotate` writes what extraction found and keeps, under
 * GENERATED_KEY, a short hash of each value it wrote. A value that no longer matches its hash
 * (or that has no hash) was written or changed by a person: it is theirs, and no later run
 * overwrites or removes it. A value a person deleted stays deleted.
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../record.ts";
import type { FrontMatter } from "./front-matter.ts";

/** Record fields that annotation writes, in the order a new file gets them. */
export const ANNOTATED_KEYS = ["title", "date", "source", "place", "countries", "officials", "dates", "topics"] as const;
/** Hashes of the values the machine wrote last. */
export const GENERATED_KEY = "arshif_generated";
/** In a Markdown file written beside a .txt or .html: the name of that original. */
export const ORIGINAL_KEY = "arshif_original";

/** The annotated fields of a record, absent values left out. */
export function annotationFields(record: ArticleRecord): FrontMatter {
  const fields: FrontMatter = {};
  for (const key of ANNOTATED_KEYS) if (record[key] !== undefined) fields[key] = record[key];
  // How often one article names a person only serves to pick the canonical spelling.
  fields.officials = record.officials.map(({ mentions: _mentions, countryInferred: _inferred, ...official }) => official);
  return fields;
}

/** New front matter: extracted values where the machine owns the key, the person's everywhere else. */
export function mergeAnnotations(existing: FrontMatter, extracted: FrontMatter): FrontMatter {
  const generated = generatedHashes(existing);
  // Without a prototype, a person's "__proto__" key is a key like any other and is written back.
  const merged: FrontMatter = Object.create(null);
  const hashes: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(existing)) {
    if (key === GENERATED_KEY) continue;
    const machineOwned = Object.hasOwn(generated, key) && generated[key] === valueHash(value);
    if (!machineOwned) merged[key] = value;
    else if (Object.hasOwn(extracted, key) && extracted[key] !== undefined) {
      merged[key] = extracted[key];
      hashes[key] = valueHash(extracted[key]);
    }
  }
  for (const [key, value] of Object.entries(extracted)) {
    if (Object.hasOwn(existing, key) || Object.hasOwn(generated, key) || value === undefined) continue;
    merged[key] = value;
    hashes[key] = valueHash(value);
  }
  // A key the machine wrote and the person deleted stays deleted: keep its hash as the memory of that.
  for (const [key, hash] of Object.entries(generated)) if (!Object.hasOwn(existing, key)) hashes[key] = hash;
  if (Object.keys(hashes).length > 0) merged[GENERATED_KEY] = hashes;
  return merged;
}

/** Front matter without the machine's bookkeeping and without the values the machine wrote. */
export function personalFrontMatter(frontMatter: FrontMatter): FrontMatter {
  const generated = generatedHashes(frontMatter);
  return Object.fromEntries(
    Object.entries(frontMatter).filter(
      ([key, value]) => key !== GENERATED_KEY && key !== ORIGINAL_KEY && generated[key] !== valueHash(value),
    ),
  );
}

function generatedHashes(frontMatter: FrontMatter): Record<string, string> {
  const value = frontMatter[GENERATED_KEY];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** Short hash of a value's canonical JSON (object keys sorted): equal values, equal hashes. */
function valueHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 12);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
