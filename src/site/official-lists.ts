/**
 * The officials index at scale: lists of officials in sections by first letter, in the order
 * of the Arabic alphabet, filtered by country and by kind of role. Each list shows by default
 * the officials named in at least two articles, and links to the whole list (one click away).
 *
 *   /officials/                         everyone named twice or more
 *   /officials/all/                     everyone
 *   /officials/countries/<iso>/[all/]   the officials of a country
 *   /officials/roles/<kind>/[all/]      the officials of a kind of role
 */
import type { Archive, CountryEntry, OfficialEntry } from "../archive/index.ts";
import { formatNumber, type Digits } from "./format.ts";
import { urls } from "./links.ts";
import { pageUrl } from "./pager.ts";
import type { IndexItem, IndexPage } from "./pages.ts";
import { roleKindOf, type RoleKind } from "./role-kinds.ts";
import { rememberedBounded } from "../ingest/remembered.ts";

/** Officials named in fewer articles are in the whole list only. */
export const OFTEN_NAMED = 2;
const OFFICIALS_PER_PAGE = 100;
/** Where the officials of each country are listed from. */
export const OFFICIALS_BY_COUNTRY = "/officials/countries/";

/** The letters of the Arabic alphabet in its order, with the address of each letter's section. */
const ALPHABET: [letter: string, id: string][] = [
  ["ا", "alif"], ["ب", "ba"], ["ت", "ta"], ["ث", "tha"], ["ج", "jim"], ["ح", "ha"], ["خ", "kha"],
  ["د", "dal"], ["ذ", "dhal"], ["ر", "ra"], ["ز", "zay"], ["س", "sin"], ["ش", "shin"], ["ص", "sad"],
  ["ض", "dad"], ["ط", "tah"], ["ظ", "zah"], ["ع", "ain"], ["غ", "ghain"], ["ف", "fa"], ["ق", "qaf"],
  ["ك", "kaf"], ["ل", "lam"], ["م", "mim"], ["ن", "nun"], ["ه", "heh"], ["و", "waw"], ["ي", "ya"],
];
const OTHER: [string, string] = ["#", "other"];
/** Letters written in other forms: hamza seats and alef forms are alif, alef maqsura is ya. */
const SAME_LETTER: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ء": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه" };
const LETTER_RANK = new Map(ALPHABET.map(([letter], i) => [letter, i]));

export interface LetterSection {
  letter: string;
  /** The section's anchor: #letter-alif. */
  id: string;
  items: IndexItem[];
}

export interface FilterLink {
  label: string;
  url: string;
  count: number;
  current: boolean;
}

/** The filters every officials list shows: by kind of role, and by country (a page of its own lists the countries). */
export interface OfficialFilters {
  kinds: FilterLink[];
  /** The list without filter. */
  everyone: FilterLink;
  byCountry: FilterLink;
  /** On the lists of a country: that country. */
  country?: FilterLink;
}

type Scope = { kind: "all" } | { kind: "country"; country: CountryEntry } | { kind: "role"; role: RoleKind };

export function officialListPages(archive: Archive, kinds: readonly RoleKind[], digits: Digits): IndexPage[] {
  const sorted = [...archive.officials].sort(alphabetically);
  const kindOf = roleKindOf(kinds);
  const scopes: { scope: Scope; officials: OfficialEntry[]; url: string }[] = ([
    { scope: { kind: "all" as const }, officials: sorted, url: "/officials/" },
    ...archive.countries.map((country) => ({ scope: { kind: "country" as const, country }, officials: sorted.filter((o) => o.country === country.code), url: `/officials/countries/${country.slug}/` })),
    ...kinds.map((role) => ({ scope: { kind: "role" as const, role }, officials: sorted.filter((o) => o.role !== undefined && kindOf(o.role) === role), url: `/officials/roles/${role.id}/` })),
  ] as { scope: Scope; officials: OfficialEntry[]; url: string }[]).filter(({ officials }) => officials.length > 0);

  const link = (url: string, label: string, count: number): FilterLink => ({ label, url, count, current: false });
  const everyone = link(scopes[0]?.url ?? "/officials/", "كل الدول والمناصب", scopes[0]?.officials.length ?? 0);
  const countryScopes = scopes.filter((s) => s.scope.kind === "country");
  const countryLinks = countryScopes.map((s) => link(s.url, (s.scope as { country: CountryEntry }).country.name, s.officials.length));
  const byCountry = link(OFFICIALS_BY_COUNTRY, "حسب الدولة", countryLinks.length);
  const kindLinks = scopes.filter((s) => s.scope.kind === "role").map((s) => link(s.url, (s.scope as { role: RoleKind }).role.label, s.officials.length));
  const filtersFor = (url: string): OfficialFilters => {
    const country = countryLinks.find((l) => l.url === url);
    return {
      everyone: { ...everyone, current: url === everyone.url },
      kinds: kindLinks.map((l) => (l.url === url ? { ...l, current: true } : l)),
      byCountry: { ...byCountry, current: url === OFFICIALS_BY_COUNTRY },
      ...(country && { country: { ...country, current: true } }),
    };
  };
  const countriesPage: IndexPage[] = countryLinks.length === 0 ? [] : [{
    url: OFFICIALS_BY_COUNTRY,
    baseUrl: OFFICIALS_BY_COUNTRY,
    pageNumber: 1,
    pageCount: 1,
    items: [...countryLinks].sort((a, b) => b.count - a.count || (a.url < b.url ? -1 : 1)).map((l) => ({ label: l.label, url: l.url, count: l.count, countLabel: `المسؤولون: ${formatNumber(l.count, digits)}` })),
    title: "المسؤولون حسب الدولة",
    pageTitle: "المسؤولون حسب الدولة",
    description: `دول المسؤولين الذين تذكرهم مقالات الأرشيف، وعددها ${formatNumber(countryLinks.length, digits)}، ولكل دولة قائمة بمسؤوليها.`,
    filters: filtersFor(OFFICIALS_BY_COUNTRY),
  }];

  return [...countriesPage, ...scopes.flatMap(({ scope, officials, url }) => {
    const often = officials.filter((o) => o.articles.length >= OFTEN_NAMED);
    const filters = filtersFor(url);
    const name = scopeName(scope);
    if (often.length === 0 || often.length === officials.length) return listPages(officials, url, { name, filters, digits });
    const wholeUrl = `${url}all/`;
    return [
      ...listPages(often, url, { name, filters, digits, shown: { text: `ذُكر ${formatNumber(often.length, digits)} منهم في مقالتين فأكثر، من أصل ${formatNumber(officials.length, digits)}`, other: { label: "عرض الجميع، ومنهم من ذُكر مرة واحدة", url: wholeUrl } } }),
      ...listPages(officials, wholeUrl, { name: `${name}: الجميع`, filters, digits, shown: { text: `الجميع، وعددهم ${formatNumber(officials.length, digits)}`, other: { label: `عرض من ذُكروا في مقالتين فأكثر (${formatNumber(often.length, digits)})`, url } } }),
    ];
  })];
}

function scopeName(scope: Scope): string {
  if (scope.kind === "country") return `المسؤولون: ${scope.country.name}`;
  if (scope.kind === "role") return `المسؤولون: ${scope.role.label}`;
  return "المسؤولون";
}

interface ListOptions {
  name: string;
  filters: OfficialFilters;
  digits: Digits;
  shown?: { text: string; other: { label: string; url: string } };
}

/** The pages of one list, each with its letter sections and the links to every letter's section. */
function listPages(officials: readonly OfficialEntry[], baseUrl: string, { name, filters, digits, shown }: ListOptions): IndexPage[] {
  const pageCount = Math.max(1, Math.ceil(officials.length / OFFICIALS_PER_PAGE));
  const letters: { letter: string; id: string; url: string }[] = [];
  officials.forEach((official, i) => {
    const [letter, id] = letterOf(official.name);
    if (letters.at(-1)?.id !== id) letters.push({ letter, id, url: `${pageUrl(baseUrl, Math.floor(i / OFFICIALS_PER_PAGE) + 1)}#letter-${id}` });
  });
  return Array.from({ length: pageCount }, (_, i): IndexPage => {
    const items = officials.slice(i * OFFICIALS_PER_PAGE, (i + 1) * OFFICIALS_PER_PAGE);
    const pageNumber = i + 1;
    const first = items[0] && letterOf(items[0].name)[0];
    const last = items.at(-1) && letterOf(items.at(-1)!.name)[0];
    const pageName = pageNumber === 1 ? name : `${name} | صفحة ${formatNumber(pageNumber, digits)}`;
    return {
      url: pageUrl(baseUrl, pageNumber),
      baseUrl,
      pageNumber,
      pageCount,
      items: [],
      ...(pageNumber > 1 && { previousUrl: pageUrl(baseUrl, pageNumber - 1) }),
      ...(pageNumber < pageCount && { nextUrl: pageUrl(baseUrl, pageNumber + 1) }),
      title: name,
      pageTitle: pageName,
      description: `${name} بحسب الحرف الأول من الاسم (عددهم ${formatNumber(officials.length, digits)})${pageCount > 1 ? `، الصفحة ${formatNumber(pageNumber, digits)} من ${formatNumber(pageCount, digits)} (${first === last ? first : `${first}–${last}`})` : ""}.`,
      sections: sections(items),
      letters,
      filters,
      ...(shown && { shown }),
    };
  });
}

function sections(officials: readonly OfficialEntry[]): LetterSection[] {
  const result: LetterSection[] = [];
  for (const official of officials) {
    const [letter, id] = letterOf(official.name);
    if (result.at(-1)?.id !== `letter-${id}`) result.push({ letter, id: `letter-${id}`, items: [] });
    result.at(-1)!.items.push({ label: official.name, url: urls.official(official), count: official.articles.length, ...(official.role && { note: official.role }) });
  }
  return result;
}

/** A name's letter section; every official is in several lists, each asking for it (remembered). */
function letterOf(name: string): [string, string] {
  return rememberedBounded(letterSectionOf, name, () => {
    const first = [...name.trim()].find((c) => /\p{L}/u.test(c)) ?? "";
    const rank = LETTER_RANK.get(SAME_LETTER[first] ?? first);
    return rank === undefined ? OTHER : ALPHABET[rank]!;
  });
}

const letterSectionOf = new Map<string, [string, string]>();

/** In the order of the Arabic alphabet (hamza and alef forms as alef), names in other scripts last. */
function alphabetically(a: OfficialEntry, b: OfficialEntry): number {
  const [x, y] = [sortKey(a.name), sortKey(b.name)];
  return x < y ? -1 : x > y ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const sortKeys = new Map<string, string>();
function sortKey(name: string): string {
  let key = sortKeys.get(name);
  if (key === undefined) {
    const letters = [...name.replace(/[\p{M}\u0640]/gu, "")].map((c) => SAME_LETTER[c] ?? c).join("");
    const rank = LETTER_RANK.get(letterOf(name)[0]);
    // Unicode orders the Arabic letters as the alphabet does once their other forms are folded.
    key = `${rank === undefined ? "1" : "0"}${letters}`;
    sortKeys.set(name, key);
  }
  return key;
}
