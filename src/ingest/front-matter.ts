/**
 * YAML front matter, read and written the same way everywhere (gray-matter with js-yaml's
 * core schema: dates stay the strings a person typed, "2024-12-02" is not turned into a
 * Date, so what is read compares equal to what was written).
 */
import matter from "gray-matter";
import yaml from "js-yaml";
import { IngestError } from "./problem.ts";

export type FrontMatter = Record<string, unknown>;

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

export function readFrontMatter(text: string): MarkdownParts {
  let parsed: { data: unknown; content: string };
  try {
    parsed = matter(text.replace(/^\uFEFF/, ""), OPTIONS);
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
  return { frontMatter: parsed.data as FrontMatter, body: parsed.content };
}

export function writeFrontMatter(frontMatter: FrontMatter, body: string): string {
  return matter.stringify("\n" + body.replace(/^\n+/, ""), frontMatter, OPTIONS);
}
