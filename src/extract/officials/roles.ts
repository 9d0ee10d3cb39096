import { PhraseLexicon, WordSet, WordTest } from "../lexicon.ts";
import { matchWords } from "../../text/normalize.ts";

/** data/roles.yaml, as written. */
export interface RolesFile {
  roles?: {
    label: string;
    forms: string[];
    portfolio?: boolean;
    rank?: boolean;
    construct?: boolean;
    direct?: boolean;
    counterpart?: boolean;
    aide?: boolean;
    place?: boolean;
    plural?: boolean;
    accusative?: boolean;
    country?: string;
    not_in_topics?: string[];
  }[];
  rank_prefixes?: string[];
  honorifics?: string[];
  vocabulary?: string[];
  host_prepositions?: string[];
  governing_words?: string[];
  delegation_cues?: string[];
  kinship?: string[];
  international_cues?: string[];
  place_nouns?: string[];
  adjectival_roles?: string[];
  office_heads?: string[];
  named_after?: string[];
  not_roles?: string[];
  not_ranks_after?: string[];
}

export interface RoleForm {
  label: string;
  /** The words after the form name the office and join the label (وزير المالية). */
  portfolio: boolean;
  /** After another role in the same phrase, only an honorific (العاهل الأردني الملك …). */
  rank: boolean;
  /** A role only before a country or an office word (أمير قطر): alone it is a first name. */
  construct: boolean;
  /** The name follows at once, or after an honorific (برئاسة، بقيادة): else no title. */
  direct: boolean;
  /** The role of the person named before (نظيره الفلسطيني). */
  counterpart: boolean;
  /** Serving the person named before (مستشاريه): of that person's country. */
  aide?: boolean;
  /** Without the article, the role governs a place (محافظ جنين، حاكم ولاية تكساس). */
  place: boolean;
  /** A dual or plural (الرئيسين، وزيري، مستشاريه): it names a list of people, joined by و. */
  plural: boolean;
  /** The label in the accusative, after the name it is given to ("عيّن فلان رئيسا لمجلس الإدارة"): shown as the label. */
  accusative?: boolean;
  /** The country the title itself implies (خادم الحرمين الشريفين). */
  country?: string;
  /** Topic ids in whose articles these words are no title (sport: الفريق is the team, الرائد a club). */
  notInTopics?: string[];
}

export interface RoleKnowledge {
  lexicon: PhraseLexicon<RoleForm>;
  rankPrefixes: PhraseLexicon<true>;
  honorifics: PhraseLexicon<true>;
  vocabulary: WordSet;
  hostPrepositions: WordSet;
  /** A title ending in one has not yet named the body it governs (المتحدث باسم …): the words after are that body's. */
  governingWords: WordSet;
  delegationCues: WordSet;
  /** A relative of the title's holder (زوجة، نجل): the name before "زوجة الرئيس" is the relative's. */
  kinship: WordSet;
  /** Words of an international body in a title (الأمم، منظمة): such an official has no home. */
  internationalCues: PhraseLexicon<true>;
  /** Office words whose next word is a place's name (إقليم، ولاية، محافظة). */
  placeNouns: WordSet;
  /** Role forms that are also adjectives (الحاكم: ruling), folded. */
  adjectival: Set<string>;
  /** Head words of an office (وكيل، أمين، إمام) that open a title the lexicon does not know, when an honorific and a name follow. */
  officeHeads: WordSet;
  /** Places and bodies named after a person (مستشفى، جامعة، كأس): a title right after one is part of that name. */
  namedAfter: WordSet;
  /** Phrases that begin like a role but name no office (المدير الفني: the coach; الممثل: the actor). */
  notRoles: PhraseLexicon<true>;
  /** Nouns whose genitive a rank word is (مدرب الفريق: the team's coach, not a general). */
  notRanksAfter: WordSet;
  /** Whether a title may begin at a word: a role, a rank prefix or an office head may (most words may not). */
  opensTitle: WordTest;
}

export function compileRoles(file: RolesFile): RoleKnowledge {
  const lexicon = new PhraseLexicon<RoleForm>();
  const vocabulary = new Set(file.vocabulary ?? []);
  // a feminine that is an office word itself stays one (محافظة: a governorate)
  const feminine = (form: string) => {
    const female = feminineOf(form);
    return vocabulary.has(female) ? form : female;
  };
  for (const role of file.roles ?? []) {
    const value: RoleForm = {
      label: role.label,
      portfolio: role.portfolio ?? false,
      rank: role.rank ?? false,
      construct: role.construct ?? false,
      direct: role.direct ?? false,
      counterpart: role.counterpart ?? false,
      ...(role.aide ? { aide: true } : {}),
      place: role.place ?? false,
      plural: role.plural ?? false,
      ...(role.accusative ? { accusative: true } : {}),
      ...(role.country ? { country: role.country.toUpperCase() } : {}),
      ...(role.not_in_topics?.length ? { notInTopics: role.not_in_topics } : {}),
    };
    const asWritten = value.plural || value.accusative;
    for (const form of new Set(role.forms.flatMap((form) => (asWritten ? [form] : [form, ...femininesAndPossessives(form, value.rank, feminine(form))])))) {
      for (const variant of value.construct || asWritten ? [form] : withArticle(form)) lexicon.add(variant, value);
    }
  }
  const rankPrefixes = phraseSet((file.rank_prefixes ?? []).flatMap(withArticle));
  const officeHeads = new WordSet(file.office_heads ?? []);
  return {
    lexicon,
    rankPrefixes,
    honorifics: phraseSet(file.honorifics ?? []),
    vocabulary: new WordSet(file.vocabulary ?? []),
    hostPrepositions: new WordSet(file.host_prepositions ?? []),
    governingWords: new WordSet(file.governing_words ?? []),
    delegationCues: new WordSet(file.delegation_cues ?? []),
    kinship: new WordSet(file.kinship ?? []),
    internationalCues: phraseSet(file.international_cues ?? []),
    placeNouns: new WordSet((file.place_nouns ?? []).flatMap(matchWords)),
    adjectival: new Set((file.adjectival_roles ?? []).flatMap(matchWords)),
    officeHeads,
    namedAfter: new WordSet(file.named_after ?? []),
    notRoles: phraseSet(file.not_roles ?? []),
    notRanksAfter: new WordSet(file.not_ranks_after ?? []),
    opensTitle: new WordTest(
      (token) =>
        (token.kind !== "punct" && (lexicon.mayStartAt(token) || rankPrefixes.mayStartAt(token))) ||
        officeHeads.has(token.folded) ||
        (token.folded.startsWith("و") && officeHeads.has(token.folded.slice(1))),
    ),
  };
}

/** Adjectives that agree with a title's head, and their feminine (الخاص → الخاصة). */
const FEMININE_ADJECTIVES: Record<string, string> = { الأعلى: "العليا", الأول: "الأولى", أول: "أولى" };

/**
 * The feminine of a title, as papers write it of a woman (المنسق الخاص → المنسقة الخاصة,
 * المفوض السامي → المفوضة السامية, رئيس مجلس → رئيسة مجلس): ة on the head noun and, after a
 * definite head, on the adjectives that follow it. A head that ends in ة, ي, ا or a pronoun
 * keeps its own listed forms; a feminine that is an office word itself (محافظة) is dropped.
 */
function feminineOf(form: string): string {
  const words = form.trim().split(/\s+/);
  const head = words[0]!;
  if (/[ةيىاءه]$/.test(head) || head.length < 3) return form;
  const out = [head + "ة"];
  let i = 1;
  // only a definite head has adjectives after it; after an indefinite one comes its genitive
  for (; head.startsWith("ال") && i < words.length; i++) {
    const word = words[i]!;
    if (FEMININE_ADJECTIVES[word]) out.push(FEMININE_ADJECTIVES[word]!);
    else if (word.startsWith("ال") && /[^ةاىءه]$/.test(word) && !/(ين|ون|ات)$/.test(word)) out.push(word + "ة");
    else break;
  }
  return [...out, ...words.slice(i)].join(" ");
}

/**
 * A title's feminine and its forms with a pronoun. Folded, "رئيسه" (its president) is written
 * as "رئيسة" (a woman president): where the feminine is no title, neither is that possessive.
 * A rank has neither: "مقدمة" is an introduction, "العقيدة" a creed.
 */
function femininesAndPossessives(form: string, rank: boolean, feminine: string): string[] {
  if (rank) return [];
  const possessives = possessivesOf(form);
  return feminine !== form ? [feminine, ...possessives] : possessives.filter((possessive) => !possessive.split(" ")[0]!.endsWith("ه"));
}

/**
 * A title with the pronoun of the body it serves, as papers write it after naming the body
 * ("الاتحاد العام للشغل، بقيادة أمينه العام"): الأمين العام → أمينه العام، أمينها العام.
 * Only a definite head takes one.
 */
function possessivesOf(form: string): string[] {
  const [head, ...rest] = form.trim().split(/\s+/);
  if (!head!.startsWith("ال") || head!.length < 5 || /[ةيىا]$/.test(head!)) return [];
  const bare = head!.slice(2);
  return ["ه", "ها"].map((pronoun) => [bare + pronoun, ...rest].join(" "));
}

/**
 * A one-word title is also written with the article (وزير → الوزير). A longer form is a
 * construct ("رئيس وفد"), whose head never takes it: "الرئيس وفد" is not a title.
 */
function withArticle(form: string): string[] {
  const words = matchWords(form);
  return words.length > 1 || words[0]!.startsWith("ال") ? [form] : [form, "ال" + form];
}

function phraseSet(phrases: string[]): PhraseLexicon<true> {
  const lexicon = new PhraseLexicon<true>();
  for (const phrase of phrases) lexicon.add(phrase, true);
  return lexicon;
}
