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
    country?: string;
  }[];
  rank_prefixes?: string[];
  honorifics?: string[];
  vocabulary?: string[];
  host_prepositions?: string[];
  delegation_cues?: string[];
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
