import type { ArticleRecord, Official } from "../record.ts";
import type { Knowledge } from "../extract/knowledge.ts";
import { nameKey, pairKey, type OfficialFixes } from "../extract/officials/fixes.ts";
import { stripArticle } from "../text/normalize.ts";
import { isWordTooMany } from "../extract/persons/tagger.ts";
import type { NameKnowledge } from "../extract/officials/names.ts";

/** One spelling of one person as the records name them. */
interface Spelling {
  key: string;
  name: string;
  country?: string;
  /** Some title gave the country; else it was only inferred from the stories (Official.countryInferred). */
  titled: boolean;
  roles: Set<string>;
  mentions: number;
  /** Records that name it. */
  articles: number;
}

/** The person a group of spellings names. */
interface Identity {
  name: string;
  country?: string;
  role?: string;
  spellings: string[];
  articles: number;
  /** Some title gave its country (else it was inferred from the stories, or there is none). */
  titled: boolean;
  /** Set on a name read with a word too many ("جمال عبد الناصر يأمر"): the identity it was folded into. */
  foldedInto?: Identity;
}

/**
 * One person is one identity across the archive. Spellings merge when data/officials.yaml
 * says so, when they are the same name (one with a country, one without), or when they are
 * a typo apart (two letters swapped, one added or dropped inside a word: جسام/جاسم) or transliterations of one foreign
 * name (بوتين/بوتن) with the same country and a compatible role, unless the file keeps them
 * apart. A name with its lineage joins the name without it ("عادل بن أحمد الجبير", "عادل الجبير").
 * A spelling the file does not list joins a listed person it is a variant of. The canonical spelling is the file's,
 * else the one mentioned most often, ties going to the first in code-point order. A name that
 * is another person's name of two words or more with one word before or after it, named in
 * fewer articles, is that person read with a word too many, and is folded into them. Pure.
 */
export function unifyOfficials(records: ArticleRecord[], knowledge: Knowledge): ArticleRecord[] {
  const fixes = knowledge.officials;
  const spellings = collectSpellings(records, fixes);
  const identityOf = buildIdentities(spellings, fixes, knowledge.names);
  foldNamesReadTooLong(identityOf, knowledge);
  return records.map((record) => ({ ...record, officials: unifyRecordOfficials(record.officials, fixes, identityOf) }));
}

function spellingId(key: string, country: string | undefined): string {
  return `${key}|${country ?? ""}`;
}

function collectSpellings(records: ArticleRecord[], fixes: OfficialFixes): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  for (const official of records.flatMap((record) => record.officials)) {
    const key = nameKey(official.name);
    const country = fixes.bySpelling.get(key)?.country ?? official.country;
    const id = spellingId(key, country);
    const spelling = spellings.get(id) ?? { key, name: official.name, country, titled: false, roles: new Set(), mentions: 0, articles: 0 };
    spelling.articles++;
    spelling.titled ||= country !== undefined && (!official.countryInferred || country !== official.country);
    if (official.role) spelling.roles.add(official.role);
    spelling.mentions += official.mentions ?? 1;
    spellings.set(id, spelling);
  }
  return spellings;
}

function buildIdentities(spellings: Map<string, Spelling>, fixes: OfficialFixes, names: NameKnowledge): Map<string, Identity> {
  const ids = [...spellings.keys()].sort();
  const groups = new UnionFind(ids);
  const countriesByKey = new Map<string, Set<string>>();
  for (const { key, country, titled } of spellings.values()) {
    if (country && titled) countriesByKey.set(key, (countriesByKey.get(key) ?? new Set()).add(country));
  }
  for (const bucket of candidateBuckets(spellings, fixes, names)) {
    for (const [i, a] of bucket.entries()) {
      for (const b of bucket.slice(i + 1)) {
        if (samePerson(spellings.get(a)!, spellings.get(b)!, fixes, countriesByKey, names)) groups.union(a, b);
      }
    }
  }
  const identityOf = new Map<string, Identity>();
  for (const members of groups.groups()) {
    const identity = identityFor(members.map((id) => spellings.get(id)!), fixes);
    for (const id of members) identityOf.set(id, identity);
  }
  return identityOf;
}

/**
 * Spellings that may be one person, so that only those are compared: the same person in the
 * officials file, or the same name once one letter is deleted from each (which finds every
 * pair one edit apart, swaps included, without comparing all pairs).
 */
function candidateBuckets(spellings: Map<string, Spelling>, fixes: OfficialFixes, names: NameKnowledge): string[][] {
  const buckets = new Map<string, Set<string>>();
  const put = (bucket: string, id: string) => buckets.set(bucket, (buckets.get(bucket) ?? new Set()).add(id));
  for (const [id, spelling] of spellings) {
    put(`=${spelling.key}`, id);
    const fix = fixes.bySpelling.get(spelling.key);
    if (fix) put(`fix:${fix.name}`, id);
    for (let i = 0; i < spelling.key.length; i++) put(spelling.key.slice(0, i) + spelling.key.slice(i + 1), id);
    put(`~${transliterationSkeleton(spelling.key)}`, id);
    put(`short:${withoutLineage(spelling.key, names) ?? spelling.key}`, id);
  }
  return [...buckets.values()].filter((bucket) => bucket.size > 1).map((bucket) => [...bucket]);
}

function samePerson(a: Spelling, b: Spelling, fixes: OfficialFixes, countriesByKey: Map<string, Set<string>>, names: NameKnowledge): boolean {
  if (fixes.apart.has(pairKey(a.key, b.key))) return false;
  const fixA = fixes.bySpelling.get(a.key);
  const fixB = fixes.bySpelling.get(b.key);
  if (fixA && fixB) return fixA === fixB;
  // a spelling the file does not list joins a listed person it is a variant of (فلاديمير بوتن)
  if (fixA || fixB) {
    const other = fixA ? b : a;
    return isVariant(a, b) && ((fixA ?? fixB)!.country === other.country || !other.country || !other.titled);
  }
  if (a.key === b.key) return sameNameSamePerson(a, b, countriesByKey);
  if (withoutLineage(a.key, names) === b.key || withoutLineage(b.key, names) === a.key) return compatibleCountries(a, b);
  return (a.country ?? b.country) !== undefined && compatibleCountries(a, b) && isVariant(a, b) && compatibleRoles(a.roles, b.roles);
}

/**
 * "عادل بن أحمد الجبير" → "عادل الجبير": the name without the father's and grandfather's names,
 * when its last word is a family name (no بن or آل right before it). Undefined for a name
 * without such a lineage.
 */
function withoutLineage(key: string, names: NameKnowledge): string | undefined {
  const words = key.split(" ");
  const first = names.connectors.has(words[0]!) ? 2 : 1; // "عبد الله بن عبد العزيز الربيعة"
  const middle = words.slice(first, -1);
  if (middle.length < 2 || !names.lineage.has(middle[0]!) || names.lineage.has(middle.at(-1)!)) return undefined;
  return [...words.slice(0, first), words.at(-1)!].join(" ");
}

/** The same country, or one of the two without a country or with one only inferred from its stories. */
function compatibleCountries(a: Spelling, b: Spelling): boolean {
  return a.country === b.country || !a.country || !b.country || !a.titled || !b.titled;
}

/**
 * One name: the same country, or a name without a country, or one whose country was only
 * inferred from its stories ("الرئيس هادي" in a Saudi paper), joins the one whose titles give a
 * country, when titles give the name no other country. Two inferred countries stay apart.
 */
function sameNameSamePerson(a: Spelling, b: Spelling, titledCountries: Map<string, Set<string>>): boolean {
  if (a.country === b.country) return true;
  const loose = (s: Spelling) => !s.country || !s.titled;
  if (!loose(a) && !loose(b)) return false;
  if (a.country && b.country && !a.titled && !b.titled) return false;
  return (titledCountries.get(a.key)?.size ?? 0) <= 1;
}

/** A typo (typoApart) or another transliteration of the same name, word for word. */
function isVariant(a: Spelling, b: Spelling): boolean {
  if (joinedCompounds(a.key).split(" ").length !== joinedCompounds(b.key).split(" ").length) return false;
  return typoApart(a.key, b.key) || transliterationSkeleton(a.key) === transliterationSkeleton(b.key);
}

/**
 * A foreign name as Arabic papers write it, without what varies between them: the long vowels
 * inside a word (بوتين/بوتن، ترامب/ترمب), the hyphen between parts, and the letters that stand
 * for one foreign sound (g: ج غ; v: ف ڤ). A word's first and last letters stay, so بوتينا
 * (another person) keeps its own.
 */
export function transliterationSkeleton(key: string): string {
  return joinedCompounds(key)
    .split(/[\s-]+/)
    .map((word) => (word.length <= 2 ? word : word[0] + word.slice(1, -1).replace(/[اويى]/g, "") + word.at(-1)))
    .join(" ")
    .replace(/غ/g, "ج")
    .replace(/ڤ/g, "ف");
}

/** عبد العزيز and عبدالعزيز، أبو مازن and أبومازن: one word either way. */
function joinedCompounds(key: string): string {
  return key.replace(/(^|\s)(عبد|ابو) /gu, "$1$2");
}

/** Shortest name where a one-letter difference is still taken for a spelling variant. */
const MIN_VARIANT_LENGTH = 6;

/**
 * A typo of one name: two letters of a word swapped (جاسم/جسام), or one letter added or dropped
 * inside a word. A changed letter, or a word's first letter, makes another name: أحمد/محمد،
 * الزهراني/الشهراني، قاسم/جاسم are other people.
 */
export function typoApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_VARIANT_LENGTH || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const insideWord = i > 0 && a[i - 1] !== " ";
  if (a.length === b.length) {
    return insideWord && a[i] !== " " && b[i] !== " " && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return insideWord && longer[i] !== " " && longer.slice(i + 1) === shorter.slice(i);
}

/** Roles are compatible when one is unknown or they share a word (سفير، السفير الكويتي). */
function compatibleRoles(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  const words = (roles: Set<string>) => new Set([...roles].flatMap((role) => nameKey(role).split(" ").map(stripArticle)));
  const wordsOfB = words(b);
  return [...words(a)].some((word) => wordsOfB.has(word));
}

function identityFor(members: Spelling[], fixes: OfficialFixes): Identity {
  const fix = members.map((m) => fixes.bySpelling.get(m.key)).find(Boolean);
  const byUse = [...members].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const name = fix?.name ?? byUse[0]!.name;
  return {
    name,
    country: fix?.country ?? mostNamedCountry(members.filter((m) => m.titled)) ?? mostNamedCountry(members),
    role: fix?.role,
    spellings: [...new Set(members.map((m) => m.name))].filter((spelling) => spelling !== name).sort(),
    articles: members.reduce((sum, m) => sum + m.articles, 0),
    titled: fix?.country !== undefined || members.some((m) => m.titled),
  };
}

/** The country most of the spellings' articles give, ties in code order. */
function mostNamedCountry(members: Spelling[]): string | undefined {
  const articles = new Map<string, number>();
  for (const { country, articles: count } of members) if (country) articles.set(country, (articles.get(country) ?? 0) + count);
  return [...articles].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}

/**
 * "جمال عبد الناصر يأمر", "آنذاك أفيجدور ليبرمان": a name read with one word too many, when
 * the person tagger takes that word for no part of a name, and the name without it is a person
 * named in more articles (two at least), with two name words or more, in a compatible country.
 */
function foldNamesReadTooLong(identityOf: Map<string, Identity>, knowledge: Knowledge): void {
  const model = knowledge.personModel;
  if (!model) return;
  const { connectors } = knowledge.names;
  const nameWords = (words: string[]) => words.filter((word) => !connectors.has(word)).length;
  const identities = [...new Set(identityOf.values())];
  const byName = new Map<string, Identity[]>();
  for (const identity of identities) {
    const key = nameKey(identity.name);
    if (nameWords(key.split(" ")) >= 2 && identity.articles >= 2) byName.set(key, [...(byName.get(key) ?? []), identity]);
  }
  const { stopWords } = knowledge.names; // verbs among them
  const tooMany = (word: string) => stopWords.has(word) || isWordTooMany(model, word);
  for (const identity of identities) {
    const words = nameKey(identity.name).split(" ");
    if (words.length < 3 || knowledge.officials.bySpelling.has(words.join(" "))) continue;
    const shorter = [
      ...(tooMany(words.at(-1)!) ? [words.slice(0, -1)] : []),
      ...(tooMany(words[0]!) ? [words.slice(1)] : []),
    ];
    const into = shorter
      .flatMap((rest) => byName.get(rest.join(" ")) ?? [])
      .find((other) => other.articles > identity.articles && (!identity.titled || !other.country || identity.country === other.country));
    if (into) identity.foldedInto = into;
  }
}

function unifyRecordOfficials(officials: Official[], fixes: OfficialFixes, identityOf: Map<string, Identity>): Official[] {
  const unified = new Map<string, Official>();
  for (const official of officials) {
    const key = nameKey(official.name);
    const read = identityOf.get(spellingId(key, fixes.bySpelling.get(key)?.country ?? official.country))!;
    const identity = read.foldedInto ?? read;
    const id = spellingId(nameKey(identity.name), identity.country);
    const known = unified.get(id);
    if (known) {
      known.mentions = (known.mentions ?? 0) + (official.mentions ?? 0) || undefined;
      continue;
    }
    const role = identity.role ?? official.role;
    const name = read.foldedInto ? identity.name : official.name;
    unified.set(id, {
      name,
      ...(name !== identity.name ? { person: identity.name } : {}),
      ...(role ? { role } : {}),
      ...(identity.country ? { country: identity.country } : {}),
      ...(identity.spellings.length ? { aliases: identity.spellings } : {}),
      ...(official.mentions ? { mentions: official.mentions } : {}),
    });
  }
  return [...unified.values()];
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  constructor(ids: string[]) {
    for (const id of ids) this.parent.set(id, id);
  }

  find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(id, root);
    return root;
  }

  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }

  groups(): string[][] {
    const groups = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      groups.set(root, [...(groups.get(root) ?? []), id]);
    }
    return [...groups.values()];
  }
}
