/**
 * YAML front matter, read and written the same way everywhere (gray-matter with js-yaml's
 * core schema: dates stay the strings a person typed, "2024-12-02" is not turned into a
 * Date, so what is read compares equal to what was written).
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { xmlText } from "../record-values.ts";
import { cleanText } from "./clean-text.ts";
import { IngestError } from "./problem.ts";

export type FrontMatter = Record<string, unknown>;

/**
 * More values than any article's front matter holds. js-yaml shares an aliased value instead of
 * copying it, so a "billion laughs" parses in an instant and explodes in whatever walks it next:
 * the front matter is copied once here, and the copy stops at this many values.
 */
const MAX_VALUES = 10_000;
/** js-yaml's own limit on nesting (its maxDepth option): only a value aliased inside itself goes deeper. */
const MAX_DEPTH = 100;
/** A top-level key at the start of a line: `key:`, `"key":` or `'key':`. */
const KEY_LINE = /^(["']?)([^\s"'#:][^"':]*?)\1\s*:(?:\s|$)/;

/** Line in the file of each top-level key of a front matter that readFrontMatter returned. */
const keyLines = new WeakMap<FrontMatter, Map<string, number>>();

const OPTIONS = {
  engines: {
    yaml: {
      parse: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object,
      stringify: (data: object) => yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true }),
    },
  },
};

export interface MarkdownParts {
  frontMatter: FrontMatter;
  body: string;
}

/** Front matter opens with a line of three dashes alone; "--- text" is a story's line, not a YAML block. */
const OPENING_LINE = /^---[ \t]*\r?\n/;

export function readFrontMatter(text: string): MarkdownParts {
  const source = text.replace(/^\uFEFF/, "");
  // gray-matter would read the rest of "--- text" as the name of a front matter language, and throw.
  if (!OPENING_LINE.test(source)) return { frontMatter: {}, body: source };
  let parsed: { data: unknown; content: string; matter?: string };
  try {
    parsed = matter(source, OPTIONS);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw new IngestError(
      `has front matter that is not valid YAML: ${error.reason}`,
      "Fix the lines between the two '---' lines (a value with ':' or a leading quote needs quoting), or remove the front matter.",
      // gray-matter hands js-yaml the text from just after the opening "---", so js-yaml's
      // line 0 is the rest of the file's line 1.
      error.mark ? error.mark.line + 1 : undefined,
    );
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    throw new IngestError(
      "has front matter that is not a list of 'key: value' lines",
      "Write the front matter as 'key: value' lines between two '---' lines, or remove it.",
      2,
    );
  }
  const frontMatter = boundedCopy(parsed.data, { left: MAX_VALUES }) as FrontMatter;
  keyLines.set(frontMatter, linesOfKeys(parsed.matter ?? ""));
  return { frontMatter, body: parsed.content };
}

/** The line of the file where a front matter states a key, when the front matter came from readFrontMatter. */
export function frontMatterLine(frontMatter: FrontMatter, key: string): number | undefined {
  return keyLines.get(frontMatter)?.get(key);
}

/**
 * The parsed value with every alias written out, each string in display form and free of
 * characters no page or feed can carry, and keys such as `__proto__` kept as plain keys.
 */
function boundedCopy(value: unknown, budget: { left: number }, depth = 0): unknown {
  if (--budget.left < 0 || depth > MAX_DEPTH) {
    throw new IngestError(
      `has front matter whose YAML aliases expand to more than ${MAX_VALUES} values, or into themselves`,
      "Write the values out instead of repeating anchors (&name) through aliases (*name), or remove the front matter.",
    );
  }
  if (typeof value === "string") return cleanText(xmlText(value));
  if (Array.isArray(value)) return value.map((item) => boundedCopy(item, budget, depth + 1));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, boundedCopy(item, budget, depth + 1)]));
}

/** Numbered as the file counts lines, as for a YAML error above. */
function linesOfKeys(rawFrontMatter: string): Map<string, number> {
  const lines = new Map<string, number>();
  rawFrontMatter.split("\n").forEach((line, index) => {
    const key = KEY_LINE.exec(line)?.[2];
    if (key !== undefined && !lines.has(key)) lines.set(key, index + 1);
  });
  return lines;
}

export function writeFrontMatter(frontMatter: FrontMatter, body: string): string {
  return matter.stringify("\n" + body.replace(/^\n+/, ""), frontMatter, OPTIONS);
}
