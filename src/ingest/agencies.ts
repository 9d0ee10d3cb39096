/** News agencies a story may name as its source (data/agencies.yaml). */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { matchKey, shortMatchKey } from "./match-key.ts";
import { loosePattern } from "./loose-pattern.ts";

export interface Agencies {
  /** Every spelling in matching form → the name the archive writes. */
  readonly spellings: ReadonlyMap<string, string>;
  /** An agency at the start of a text: "(شينخوا)", "/واس/", "«رويترز»", "- أ ف ب", ": «الشرق الأوسط»", "- «النهار»", "/ الأناضول". */
  readonly atStart: RegExp;
  /** An agency named without brackets or dash at the start of a text: "واس تلقى …". */
  readonly bareAtStart: RegExp;
  /** An agency in brackets or quotes anywhere: "(كونا)", "“كونا”". */
  readonly bracketed: RegExp;
  /** Spellings without spaces, so that initials meet however they are written ("أ.ف.ب", "افب"). */
  readonly byCompactKey: ReadonlyMap<string, string>;
  /** Characters of the longest spelling without spaces: a text of more words names no agency. */
  readonly longestCompactKey: number;
}

export function loadAgencies(yamlText: string): Agencies {
  const data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA }) ?? [];
  if (!Array.isArray(data)) throw new Error("agencies: the file must be a list of {name, variants}");
  const spellings = new Map<string, string>();
  for (const entry of data as unknown[]) {
    const { name, variants = [] } = (entry ?? {}) as { name?: unknown; variants?: unknown };
    if (typeof name !== "string" || !Array.isArray(variants) || variants.some((v) => typeof v !== "string")) {
      throw new Error(`agencies: ${JSON.stringify(entry)} needs a "name" and an optional list of "variants"`);
    }
    for (const spelling of [name, ...(variants as string[])]) spellings.set(matchKey(spelling), name);
  }
  return compile(spellings);
}

let shipped: Agencies | undefined;

export function defaultAgencies(): Agencies {
  shipped ??= loadAgencies(readFileSync(new URL("../../data/agencies.yaml", import.meta.url), "utf8"));
  return shipped;
}

/** One list holding the agencies of all the given lists (shipped + user's own). */
export function combineAgencies(...lists: Agencies[]): Agencies {
  return compile(new Map(lists.flatMap((list) => [...list.spellings])));
}

/** The archive's name for a spelling of an agency, if it is one. */
export function agencyName(text: string, agencies: Agencies): string | undefined {
  const key = shortMatchKey(text, agencies.longestCompactKey);
  return key === undefined ? undefined : agencies.byCompactKey.get(key.replace(/ /g, ""));
}

/** `bare`: the name may also stand without brackets or a dash (as after a dateline's date). */
export function agencyAtStart(text: string, agencies: Agencies, bare = false): { name: string; length: number } | undefined {
  const match = agencies.atStart.exec(text) ?? (bare ? agencies.bareAtStart.exec(text) : null);
  const name = match ? agencyName(match[1] ?? match[2] ?? "", agencies) : undefined;
  return match && name ? { name, length: match[0].length } : undefined;
}

export function firstBracketedAgency(text: string, agencies: Agencies): string | undefined {
  const match = agencies.bracketed.exec(text);
  return match ? agencyName(match[1]!, agencies) : undefined;
}

const OPEN = "[(/«\"“]";
const CLOSE = "[)/»\"”]";
const NOT_LETTER = "(?![\\p{L}\\p{M}])";

function compile(spellings: Map<string, string>): Agencies {
  const any = [...spellings.keys()]
    .filter((key) => key !== "")
    .sort((a, b) => b.length - a.length)
    .map((key) => loosePattern(key, "[\\s.]*"))
    .join("|");
  const byCompactKey = new Map([...spellings].map(([key, name]) => [key.replace(/ /g, ""), name]));
  return {
    spellings,
    byCompactKey,
    longestCompactKey: [...byCompactKey.keys()].reduce((longest, key) => Math.max(longest, key.length), 0),
    atStart: new RegExp(
      `^\\s*(?:(?:[:：]|[-–—]+)?\\s*${OPEN}\\s*(${any})\\s*${CLOSE}|(?:[:：]\\s*)?(?:[-–—]+|/)\\s*(${any})${NOT_LETTER})`,
      "iu",
    ),
    bareAtStart: new RegExp(`^\\s*(${any})${NOT_LETTER}`, "iu"),
    bracketed: new RegExp(`${OPEN}\\s*(${any})\\s*${CLOSE}`, "iu"),
  };
}
