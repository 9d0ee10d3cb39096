/**
 * Page furniture that is not part of a story (data/boilerplate.yaml says which). Rules are
 * data, so a user can extend them for the sites their archive comes from.
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { foldDigits } from "../text/normalize.ts";
import { matchKey, shortMatchKey } from "./match-key.ts";

export interface BoilerplateRules {
  /** Matching keys of whole lines. */
  readonly lines: ReadonlySet<string>;
  /** Matching keys of lines that head a list of other stories ("اقرأ أيضا", "مواضيع ذات صلة"). */
  readonly headings: ReadonlySet<string>;
  /** Matching keys that a short line may begin with. */
  readonly starts: readonly string[];
  readonly patterns: readonly RegExp[];
  /** Words in the longest of `lines` and `headings`: a longer line is neither. */
  readonly longestLine: number;
}

/** A line longer than this is story, whatever word it starts with. */
const MAX_STARTS_WORDS = 12;

export function loadBoilerplateRules(yamlText: string): BoilerplateRules {
  const data = (yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  const lines = stringList(data, "lines").map(matchKey);
  const headings = stringList(data, "headings").map(matchKey);
  return {
    lines: new Set(lines),
    headings: new Set(headings),
    starts: stringList(data, "starts").map(matchKey),
    patterns: stringList(data, "patterns").map(compilePattern),
    longestLine: [...lines, ...headings].reduce((longest, key) => Math.max(longest, key.split(" ").length), 0),
  };
}

let shipped: BoilerplateRules | undefined;

export function defaultBoilerplateRules(): BoilerplateRules {
  shipped ??= loadBoilerplateRules(readFileSync(new URL("../../data/boilerplate.yaml", import.meta.url), "utf8"));
  return shipped;
}

/** Rules that drop a line when any of the given rule sets would (shipped + user's own). */
export function combineBoilerplateRules(...rules: BoilerplateRules[]): BoilerplateRules {
  return {
    lines: new Set(rules.flatMap((r) => [...r.lines])),
    headings: new Set(rules.flatMap((r) => [...r.headings])),
    starts: rules.flatMap((r) => r.starts),
    patterns: rules.flatMap((r) => r.patterns),
    longestLine: rules.reduce((longest, r) => Math.max(longest, r.longestLine), 0),
  };
}

export function isBoilerplate(line: string, rules: BoilerplateRules): boolean {
  const key = shortMatchKey(line, Math.max(rules.longestLine, MAX_STARTS_WORDS));
  if (key !== undefined && (rules.lines.has(key) || rules.headings.has(key))) return true;
  if (key !== undefined && key.split(" ").length <= MAX_STARTS_WORDS && rules.starts.some((start) => key === start || key.startsWith(start + " "))) {
    return true;
  }
  const plain = foldDigits(line.trim());
  return rules.patterns.some((pattern) => pattern.test(plain));
}

function stringList(data: Record<string, unknown>, key: string): string[] {
  const value = data[key] ?? [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new Error(`boilerplate rules: "${key}" must be a list of strings`);
  }
  return (value as string[]).filter((item) => item.trim() !== "");
}

function compilePattern(source: string): RegExp {
  try {
    return new RegExp(source, "iu");
  } catch (error) {
    throw new Error(`boilerplate rules: pattern ${JSON.stringify(source)} is not a valid regular expression (${(error as Error).message})`);
  }
}

/** A line that heads a list of other stories' headlines. */
export function isListHeading(line: string, rules: BoilerplateRules): boolean {
  const key = shortMatchKey(line, rules.longestLine);
  return key !== undefined && rules.headings.has(key);
}
