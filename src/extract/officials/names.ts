import { foldArabic, matchWords, stripMarks } from "../../text/normalize.ts";

/** data/names.yaml, as written. */
export interface NamesFile {
  words?: string[];
  verbs?: string[];
  nouns?: string[];
  written_words?: string[];
  written_names?: string[];
  word_shapes?: string[];
  connectors?: string[];
  name_part_after?: string[];
  compound_parts?: string[];
  lineage?: string[];
  name_suffixes?: string[];
  waw_names?: string[];
  also_names?: string[];
  definite_first_names?: string[];
  ta_marbuta_names?: string[];
  ruling_families?: Record<string, string[]>;
}

export interface NameKnowledge {
  /** Folded words that end a name: particles, time words, verbs, common nouns. */
  stopWords: Set<string>;
  /** The particles, time words and adverbs among them (names.yaml words): no title ends in one of them in construct. */
  particles: Set<string>;
  verbs: Set<string>;
  /** Compared as written, diacritics aside (على, whose folded form is the name علي). */
  writtenWords: Set<string>;
  /** Names compared as written, whose folded form is also a role word (قايد, not قائد): by folded form, their spellings. */
  writtenNames: Map<string, Set<string>>;
  shapes: RegExp[];
  connectors: Set<string>;
  /** Second parts of compound names (الدين، الله): a name goes on after them. */
  compoundParts: Set<string>;
  /** Words that join a father's or family's name (بن، آل). */
  lineage: Set<string>;
  /** Words after which a role or honorific is part of the name (عبد الملك، آل الشيخ). */
  namePartAfter: Set<string>;
  /** Title words that may close a name (الثاني in عبد الله الثاني). */
  nameSuffixes: Set<string>;
  /** Names that begin with و (وليد، وائل): that و is no conjunction. */
  wawNames: Set<string>;
  /** Listed words that are also first names (صباح، أمل): a name may begin with them. */
  alsoNames: Set<string>;
  /** First names written with the article (المختار، السعيد): after a title they open a name. */
  definiteFirstNames: Set<string>;
  /** Men's names in ة (حمزة، أسامة): inside a name, not a noun in a construct. */
  taMarbutaNames: Set<string>;
  /** A ruling house's family name in matching form (آل ثاني) → its state's ISO code. */
  rulingFamilies: Map<string, string>;
  /** Folded word → whether it is a stop word, remembered as words recur. */
  stopMemo: Map<string, boolean>;
}

/** Folded form → the spellings (diacritics aside) of the words that fold to it. */
function bySpelling(words: readonly string[]): Map<string, Set<string>> {
  const spellings = new Map<string, Set<string>>();
  for (const word of words) {
    const folded = foldArabic(word);
    spellings.set(folded, (spellings.get(folded) ?? new Set()).add(stripMarks(word)));
  }
  return spellings;
}

export function compileNames(file: NamesFile): NameKnowledge {
  const verbs = new Set((file.verbs ?? []).flatMap(matchWords).flatMap(verbForms));
  const particles = new Set((file.words ?? []).flatMap(matchWords));
  const stopWords = new Set([...particles, ...(file.nouns ?? []).flatMap(nounForms).flatMap(matchWords)]);
  for (const verb of verbs) stopWords.add(verb);
  return {
    stopWords,
    particles,
    verbs,
    writtenWords: new Set((file.written_words ?? []).map(stripMarks)),
    writtenNames: bySpelling(file.written_names ?? []),
    shapes: (file.word_shapes ?? []).map((shape) => new RegExp(shape, "u")),
    connectors: new Set((file.connectors ?? []).flatMap(matchWords)),
    compoundParts: new Set((file.compound_parts ?? []).flatMap(matchWords)),
    lineage: new Set((file.lineage ?? []).flatMap(matchWords)),
    namePartAfter: new Set((file.name_part_after ?? []).flatMap(matchWords)),
    nameSuffixes: new Set((file.name_suffixes ?? []).flatMap(matchWords)),
    wawNames: new Set((file.waw_names ?? []).flatMap(matchWords)),
    alsoNames: new Set((file.also_names ?? []).flatMap(matchWords)),
    definiteFirstNames: new Set((file.definite_first_names ?? []).flatMap(matchWords)),
    taMarbutaNames: new Set((file.ta_marbuta_names ?? []).flatMap(matchWords)),
    rulingFamilies: new Map(Object.entries(file.ruling_families ?? {}).flatMap(([code, families]) => families.map((family) => [matchWords(family).join(" "), code.toUpperCase()] as const))),
    stopMemo: new Map(),
  };
}

/**
 * The inflections news prose uses of a verb given in its dictionary form: past third person
 * (قال → قالت، قالا، قالوا) or present with ي (يقول → تقول، يقولان، يقولون، تقولان), and the
 * future with س.
 */
function verbForms(verb: string): string[] {
  if (verb.startsWith("ي") && verb.length >= 4) {
    const feminine = "ت" + verb.slice(1);
    const forms = [verb, feminine, verb + "ان", verb + "ون", feminine + "ان"];
    return [...forms, ...forms.map((form) => "س" + form)];
  }
  const stem = verb.endsWith("ي") || verb.endsWith("ا") ? verb.slice(0, -1) : verb;
  return [verb, verb + "ت", verb + "ا", verb + "وا", stem + "ت", stem + "وا", verb + "تا"];
}



/**
 * A common noun as news prose writes it after a name: bare, with the article (القانون) or
 * with the accusative alef (دعما، وقفا).
 */
function nounForms(noun: string): string[] {
  if (/\s/.test(noun.trim()) || noun.startsWith("ال")) return [noun];
  const forms = [noun, "ال" + noun];
  if (!/[ةاىء]$/.test(noun)) forms.push(noun + "ا");
  return forms;
}
