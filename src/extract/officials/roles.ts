import { PhraseLexicon, WordSet } from "../lexicon.ts";
import { matchWords } from "../../text/normalize.ts";

/** data/roles.yaml, as written. */
export interface RolesFile {
  roles?: {
    label: string;
    forms: string[];
    portfolio?: boolean;
    rank?: boolean;
    construct?: boolean;
    counterpart?: boolean;
    place?: boolean;
    country?: string;
  }[];
  rank_prefixes?: string[];
  honorifics?: string[];
  vocabulary?: string[];
  host_prepositions?: string[];
  delegation_cues?: string[];
  home_sources?: Record<string, string>;
  international_cues?: string[];
  place_nouns?: string[];
  adjectival_roles?: string[];
}

export interface RoleForm {
  label: string;
  /** The words after the form name the office and join the label (وزير المالية). */
  portfolio: boolean;
  /** After another role in the same phrase, only an honorific (العاهل الأردني الملك …). */
  rank: boolean;
  /** A role only before a country or an office word (أمير قطر): alone it is a first name. */
  construct: boolean;
  /** The role of the person named before (نظيره الفلسطيني). */
  counterpart: boolean;
  /** Without the article, the role governs a place (محافظ جنين، حاكم ولاية تكساس). */
  place: boolean;
  /** The country the title itself implies (خادم الحرمين الشريفين). */
  country?: string;
}

export interface RoleKnowledge {
  lexicon: PhraseLexicon<RoleForm>;
  rankPrefixes: PhraseLexicon<true>;
  honorifics: PhraseLexicon<true>;
  vocabulary: WordSet;
  hostPrepositions: WordSet;
  delegationCues: WordSet;
  /** Agency (as ingest names it) → its country: officials it names without one are its own. */
  homeSources: Map<string, string>;
  /** Words of an international body in a title (الأمم، منظمة): such an official has no home. */
  internationalCues: WordSet;
  /** Office words whose next word is a place's name (إقليم، ولاية، محافظة). */
  placeNouns: WordSet;
  /** Role forms that are also adjectives (الحاكم: ruling), folded. */
  adjectival: Set<string>;
}

export function compileRoles(file: RolesFile): RoleKnowledge {
  const lexicon = new PhraseLexicon<RoleForm>();
  for (const role of file.roles ?? []) {
    const value: RoleForm = {
      label: role.label,
      portfolio: role.portfolio ?? false,
      rank: role.rank ?? false,
      construct: role.construct ?? false,
      counterpart: role.counterpart ?? false,
      place: role.place ?? false,
      ...(role.country ? { country: role.country.toUpperCase() } : {}),
    };
    for (const form of role.forms) {
      for (const variant of value.construct ? [form] : withArticle(form)) lexicon.add(variant, value);
    }
  }
  return {
    lexicon,
    rankPrefixes: phraseSet((file.rank_prefixes ?? []).flatMap(withArticle)),
    honorifics: phraseSet(file.honorifics ?? []),
    vocabulary: new WordSet(file.vocabulary ?? []),
    hostPrepositions: new WordSet(file.host_prepositions ?? []),
    delegationCues: new WordSet(file.delegation_cues ?? []),
    homeSources: new Map(Object.entries(file.home_sources ?? {}).map(([source, code]) => [source, code.toUpperCase()])),
    internationalCues: new WordSet((file.international_cues ?? []).flatMap(matchWords)),
    placeNouns: new WordSet((file.place_nouns ?? []).flatMap(matchWords)),
    adjectival: new Set((file.adjectival_roles ?? []).flatMap(matchWords)),
  };
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
