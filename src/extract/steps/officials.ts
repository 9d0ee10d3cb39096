import { phraseContext, type PhraseContext } from "../officials/context.ts";
import { readTitlePhrase, type TitlePhrase } from "../officials/title-phrase.ts";
import { endsName, hasArticle, honorificEndsAt, isJoiningHyphen, LONGEST_NAME, readName, readNameBefore } from "../officials/read-name.ts";
import { foldArabic, matchWords, stripMarks } from "../../text/normalize.ts";
import type { Knowledge } from "../knowledge.ts";
import { nameKey } from "../officials/fixes.ts";
import { LoneWordReader, People, personKey } from "../officials/people.ts";
import { isWordOfName, isWordTooMany, PersonTagger } from "../persons/tagger.ts";
import type { RuleMarks } from "../persons/features.ts";
import { countryOfPlace } from "../places.ts";
import { mentionsOutside } from "./rank-countries.ts";
import type { ArticleToken, CountryMention, ExtractState, OfficialMention, Span } from "../state.ts";

/** A name read after a title phrase, before it is known to be a person. */
interface Candidate {
  phrase: TitlePhrase;
  span: Span;
  words: string[];
}

/**
 * Step "officials": people named after a title phrase, with the role and country the phrase
 * gives. One person is one entry however often the article names them; a one-word name
 * counts only as a later mention of a full name, a name the officials file knows, or a name
 * that also stands as the subject of a verb ("وقال وانغ"). In a national agency's story
 * (كونا، واس) an official named without a country is that agency's country's.
 */
export function officials(state: ExtractState): void {
  const ctx = phraseContext(state);
  const readings = ruleReadings(ctx);
  const marks = ruleMarks(readings);
  const tagger = state.knowledge.personModel && new PersonTagger(ctx, state.knowledge.personModel, marks);
  const candidates = withListCountries(ctx, withoutOverlaps(readings.flatMap((reading) => candidateOf(ctx, reading, tagger, marks)).filter((c) => !opensWithPreposition(ctx, c))));
  const isFull = (c: Candidate) => c.words.length > 1 || c.phrase.honorific;
  const people = new People();
  const abroad = new Set<OfficialMention>();
  const add = ({ words, span, phrase }: Candidate) => {
    const person = people.add(words.join(" "), span, phrase.role, phrase.country);
    if (isInternational(ctx, phrase) || isPostedAbroad(ctx, phrase)) abroad.add(person);
  };
  for (const candidate of candidates.filter(isFull)) add(candidate);
  const short = candidates.filter((c) => !isFull(c));
  const afterVerbs = short.length > 0 ? placesAfterVerbs(ctx) : new Map<string, number[]>();
  for (const candidate of short) {
    const person = people.byWord(candidate.words[0]!);
    if (person) person.spans.push(candidate.span);
    else if (isKnownOrSubject(ctx, afterVerbs, candidate)) add(candidate);
  }
  for (const person of people.all()) person.country ??= rulingFamilyCountry(ctx, person.name);
  const homeless = people.all().filter((person) => !person.country && !abroad.has(person));
  const titled = new Set(people.all().flatMap((person) => (person.country ? [person.country] : [])));
  const named = people.all().flatMap((person) => person.spans);
  const home = homeless.length > 0 ? homeCountry(state, titled, named) : undefined; // it scans the story for places: only when needed
  for (const person of home ? homeless : []) {
    person.country = home;
    person.countryInferred = true;
  }
  state.officials = withoutShortForms(ctx, people.all());
  if (state.officials.length > 0) addShortMentions(ctx, state.officials);
}

/**
 * One person named again, more briefly, in the same article: a name of two words or more that
 * ends a longer name ("وزير الخارجية كلام الله" after "عبد الرحمن كلام الله"), that begins it
 * before its lineage ("محمد بن نايف" of "محمد بن نايف بن عبدالعزيز", "فيصل بن عبدالعزيز" of
 * "فيصل بن عبدالعزيز آل سعود"), or that is its first and last words ("خالد بحاح" of "خالد
 * محفوظ بحاح"); one word of it, the first name or the family name, when it is a word of no
 * other's name ("الجنرال ديمبسي" of "مارتن ديمبسي").
 */
function withoutShortForms(ctx: PhraseContext, people: OfficialMention[]): OfficialMention[] {
  const keys = people.map((person) => personKey(person.name).split(" "));
  const { lineage, connectors } = ctx.state.knowledge.names;
  const firstLongerOf = new Map<string, number>(); // "كلام الله" → the first person whose longer name it shortens
  const shortens = (short: string, j: number) => {
    if (!firstLongerOf.has(short)) firstLongerOf.set(short, j);
  };
  const onlyLongerOf = new Map<string, number>(); // "كارتر" → the one person whose name it is a word of (-1: more than one)
  const namesOne = (word: string, j: number) => onlyLongerOf.set(word, onlyLongerOf.has(word) && onlyLongerOf.get(word) !== j ? -1 : j);
  keys.forEach((words, j) => {
    for (let from = 1; from < words.length - 1; from++) {
      // not the father: "محمد بن سلمان بن عبدالعزيز"
      if (!lineage.has(words[from - 1]!)) shortens(words.slice(from).join(" "), j);
    }
    // a lineage cut after the father's name, never after the first name alone ("عبد العزيز بن …")
    for (let end = 3; end < words.length; end++) if (lineage.has(words[end]!) && lineage.has(words[end - 2]!)) shortens(words.slice(0, end).join(" "), j);
    if (words.length > 2 && !connectors.has(words[0]!)) shortens(`${words[0]} ${words.at(-1)}`, j);
    // one word: the first name, or a family name that no lineage word opens
    if (words.length > 1 && !connectors.has(words[0]!)) namesOne(words[0]!, j);
    if (words.length > 1 && !lineage.has(words.at(-2)!) && !connectors.has(words.at(-2)!)) namesOne(words.at(-1)!, j);
  });
  return people.filter((person, i) => {
    const one = keys[i]!.length === 1 ? onlyLongerOf.get(keys[i]![0]!) : undefined;
    const longer = keys[i]!.length < 2 ? (one !== undefined && one >= 0 ? one : undefined) : firstLongerOf.get(keys[i]!.join(" "));
    if (longer === undefined) return true;
    for (const span of person.spans) people[longer]!.spans.push(span);
    people[longer]!.country ??= person.country;
    return false;
  });
}

/**
 * "رئيس الحكومة المغربية عبدالإله بنكيران، ووالي طنجة محمد يعقوبي، ومدير جمارك المنطقة حسن
 * حلو": a title opened by و right after the name before it (a comma at most between) is the
 * next of one list; when it names no country, and is not the same office as the one before
 * (two foreign ministers are two countries'), it is of the country of the one before.
 */
function withListCountries(ctx: PhraseContext, candidates: Candidate[]): Candidate[] {
  const inOrder = [...candidates].sort((a, b) => a.span.start - b.span.start);
  inOrder.forEach((candidate, k) => {
    const before = inOrder[k - 1];
    const { phrase } = candidate;
    if (!before?.phrase.country || phrase.country || !phrase.listed || phrase.role === before.phrase.role || isInternational(ctx, phrase)) return;
    const gap = phrase.start - before.span.end;
    if (phrase.start > candidate.span.start || gap < 0 || gap > 1 || (gap === 1 && !COMMAS.has(ctx.state.tokens[before.span.end]!.folded))) return;
    candidate.phrase = { ...phrase, country: before.phrase.country };
  });
  return candidates;
}

/**
 * Two readings of the same words ("الشيخ صباح خالد الحمد الصباح" after its title, and
 * "خالد الحمد الصباح" before the next one): the longer, else the earlier, is the name.
 */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const length = (c: Candidate) => c.span.end - c.span.start;
  const yields = (candidate: Candidate, index: number, other: Candidate, j: number) => {
    if (j === index || (other.span.start === candidate.span.start && other.span.end === candidate.span.end)) return false;
    return length(other) > length(candidate) || (length(other) === length(candidate) && j < index);
  };
  const covering = spansCovering(candidates.map((candidate) => candidate.span));
  return candidates.filter((candidate, index) => {
    for (let i = candidate.span.start; i < candidate.span.end; i++) {
      for (const j of covering.get(i)!) if (yields(candidate, index, candidates[j]!, j)) return false;
    }
    return true;
  });
}

/** Token → the indices of the spans that cover it. */
function spansCovering(spans: readonly Span[]): Map<number, number[]> {
  const covering = new Map<number, number[]>();
  spans.forEach((span, index) => {
    for (let i = span.start; i < span.end; i++) {
      const list = covering.get(i);
      if (list) list.push(index);
      else covering.set(i, [index]);
    }
  });
  return covering;
}

function titlePhrases(ctx: PhraseContext): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  for (let i = 0; i < ctx.state.tokens.length; ) {
    const phrase = readTitlePhrase(ctx, i);
    if (phrase?.counterpart) phrase.role = phrases.at(-1)?.role ?? phrase.role;
    if (phrase?.aide) phrase.country ??= phrases.at(-1)?.country;
    if (phrase) phrases.push(phrase);
    i = phrase ? Math.max(phrase.end, i + 1) : i + 1;
  }
  return phrases;
}

/** Every title phrase of the article, with the name the rules read for it. */
export function ruleReadings(ctx: PhraseContext): RuleReading[] {
  const read = new Set<number>();
  return titlePhrases(ctx).map((phrase) => {
    const name = nameOf(ctx, phrase);
    const another = name !== undefined && name.end <= phrase.start && read.has(name.start);
    if (name) read.add(name.start);
    return { phrase, read: name, another };
  });
}

/**
 * A title phrase with the name the rules read for it. `another`: that name stands before the
 * title and an earlier title read it too ("… عبدالله أوقصر، ومدير جمارك المنطقة حسن حلو"):
 * it is likelier the earlier title's, and this one's name likelier after it.
 */
interface RuleReading {
  phrase: TitlePhrase;
  read: Span | undefined;
  another: boolean;
}

export function ruleMarks(readings: { read: Span | undefined }[]): RuleMarks {
  const marks = new Map<number, "S" | "I">();
  for (const { read } of readings) {
    if (!read) continue;
    marks.set(read.start, "S");
    for (let i = read.start + 1; i < read.end; i++) if (!marks.has(i)) marks.set(i, "I");
  }
  return marks;
}

function candidateOf(ctx: PhraseContext, { phrase, read, another }: RuleReading, tagger: PersonTagger | undefined, marks: RuleMarks): Candidate[] {
  const after = another && tagger ? notAnothers(marks, nameFurtherOn(ctx, tagger, phrase.end)) : undefined;
  const span = after ?? (read && personIn(ctx, tagger, read, Boolean(phrase.country || phrase.honorific) && read.end - read.start > 1)) ?? (tagger && ((phrase.listed ? undefined : notAnothers(marks, nameRightBefore(ctx, tagger, phrase.start))) ?? notAnothers(marks, nameFurtherOn(ctx, tagger, phrase.end))));
  if (!span) return [];
  // "اللواء تركي بن عبدالله": the tagger's name begins with a word the title read as its country
  const nameIsCountry = span.start < phrase.end && ctx.mentionAt.get(span.start)?.code === phrase.country;
  const country = (nameIsCountry ? undefined : phrase.country) ?? delegationCountry(ctx, phrase.start) ?? placeCountryWithin(ctx, phrase.start, Math.max(phrase.end, span.start));
  // "ممثل الرئيس الفلسطيني محمود عباس": a known name is the one in the genitive, the president's
  const role = phrase.genitiveRole && isKnownName(ctx, span) ? phrase.genitiveRole : phrase.role;
  const first = candidateAt(ctx, { ...phrase, role, country }, span);
  const candidates = [first, ...(phrase.list ? listedAfter(ctx, tagger, first, phrase.list) : [])];
  const readBefore = phrase.conjoined && span.start > phrase.start ? readNameBefore(ctx, phrase.start) : undefined;
  const before = readBefore && personIn(ctx, tagger, readBefore);
  if (before) {
    const { at, role } = phrase.conjoined!;
    const mention = firstMentionWithin(ctx, phrase.start, at);
    candidates.unshift(candidateAt(ctx, { ...phrase, role, end: at, ...(mention ? { country: mention.code } : { country: undefined }) }, before));
  }
  return candidates;
}

/** The most people one dual or plural title lists. */
const LIST_REACH = 8;

/**
 * "الرئيسين الأمريكي باراك أوباما والتركي رجب طيب أردوغان", "وزيري الطاقة إرنست مونيز والخزانة
 * جاك لو", "مستشاريه الدكتور أحمد بن دغر، والمهندس حيدر العطاس، وعبدالعزيز جباري": after a dual
 * or plural title, each name joined to the one before by و (a comma at most between) holds the
 * same role, with the country or the office words written before it.
 */
function listedAfter(ctx: PhraseContext, tagger: PersonTagger | undefined, first: Candidate, list: { label: string; portfolio: boolean }): Candidate[] {
  const { tokens, knowledge } = ctx.state;
  const listed: Candidate[] = [];
  let end = first.span.end;
  while (listed.length < LIST_REACH) {
    let i = COMMAS.has(tokens[end]?.folded ?? "") ? end + 1 : end;
    if (!isConjunction(ctx, i)) break;
    let { role, country } = first.phrase;
    const mention = ctx.mentionAt.get(i);
    if (mention?.start === i) {
      country = mention.code; // "والتركي", "وقطر"
      i = mention.end;
    } else if (list.portfolio && knowledge.roles.vocabulary.hasReading(tokens[i]!)) {
      const from = i;
      while (i < tokens.length && tokens[i]!.kind === "word" && knowledge.roles.vocabulary.hasReading(tokens[i]!) && !knowledge.roles.hostPrepositions.hasReading(tokens[i]!)) i++;
      role = [list.label, withoutConjunction(ctx, tokens[from]!.text), ...tokens.slice(from + 1, i).map((token) => token.text)].join(" "); // "والخزانة" → وزير الخزانة
    }
    for (let honorific = knowledge.roles.honorifics.matchAt(tokens, i); honorific; honorific = knowledge.roles.honorifics.matchAt(tokens, i)) i = honorific.end;
    const span = tagger ? cappedByRules(ctx, tagger.nameAt(i, LONGEST_NAME), i + 1) : readName(ctx, i);
    if (!span || span.start !== i) break;
    listed.push(candidateAt(ctx, { ...first.phrase, role, ...(country ? { country } : {}) }, span));
    end = span.end;
  }
  return listed;
}

/**
 * The person's name where the rules read one: the tagger decides whether a person is named
 * there and where the name ends; a name the officials file knows stands without it. `strong`:
 * the title says whose official it is, so the rules' reading is likelier right.
 */
function personIn(ctx: PhraseContext, tagger: PersonTagger | undefined, rulesRead: Span, strong = false): Span | undefined {
  if (!tagger || isKnownName(ctx, rulesRead)) return rulesRead; // "مشعل الأحمد الجابر الصباح": known whole
  const read = { start: nameBegunBefore(ctx, tagger, rulesRead.start), end: rulesRead.end };
  const tagged = cappedByRules(ctx, tagger.nameAt(read.start, LONGEST_NAME), read.end);
  // a lone first word where the rules read more ("محمد شياع السوداني"), or a name the rules read
  // on through a given name: an unseen family name is where the tagger is weakest, and the
  // rules' reading is the better one
  if (tagged) return (tagged.end - tagged.start === 1 || goesOnWithGivenName(ctx, tagged.end) || endsOnFathersName(ctx, tagged)) && read.end > tagged.end ? read : tagger.extendWhileUnsure(tagged, read.end, UNSURE_END);
  // "رئيس مجلس عمالة طنجة عبدالحميد ابرشان": the rules read the office's own words into the
  // name; the tagger reads the name further in, of two words at least
  const inner = read.end - read.start > 2 ? tagger.firstNameFrom(read.start + 1, read.end - read.start - 2, () => false) : undefined;
  if (inner && inner.end - inner.start > 1) return cappedByRules(ctx, inner, read.end);
  return tagger.doubtAt(read.start) < (strong ? STRONG_DOUBT : DOUBT) ? read : undefined;
}

/**
 * "سفير روسيا لدى المملكة اليغ ازيروف": the rules took a first name written with ال for the
 * title's last word, and the tagger reads the name as begun there: it begins where the tagger
 * opens it, one word back at most.
 */
function nameBegunBefore(ctx: PhraseContext, tagger: PersonTagger, start: number): number {
  if (ctx.state.tokens[start - 1]?.kind !== "word") return start;
  const tags = tagger.tag(Math.max(0, start - 4), start + 1);
  return tags.at(-1) === "I" && tags.at(-2) === "B" ? start - 1 : start;
}

/**
 * "حسن شيخ محمود", "سراج الدين مهر الدين": where the tagger ends a name that the rules read on,
 * a listed given name (given-names.yaml, also-words too) or a compound (مهر الدين) there goes on
 * with it.
 */
function goesOnWithGivenName(ctx: PhraseContext, i: number): boolean {
  const { tokens, knowledge } = ctx.state;
  const token = tokens[i];
  if (token?.kind !== "word" || token.definite) return false;
  const { names, alsoWords } = knowledge.givenNames;
  if (names.has(token.folded) || alsoWords.has(token.folded)) return true;
  const next = tokens[i + 1];
  return next?.kind === "word" && knowledge.names.compoundParts.has(next.folded);
}

/**
 * "حمادي ولد سيدي المختار", "عزام بن محمد الدخيل": a name the tagger ends on the father's name,
 * right after بن or ولد, goes on where the rules read on (a compound, the family name).
 */
function endsOnFathersName(ctx: PhraseContext, tagged: Span): boolean {
  const lineage = ctx.state.tokens[tagged.end - 2];
  return tagged.end - tagged.start >= 3 && lineage?.kind === "word" && ctx.state.knowledge.names.lineage.has(lineage.folded);
}

/** How far the tagger's "no name here" must lead to overrule the rules' reading of a name. */
const DOUBT = 5;

/** After a title with a country or an honorific ("وزير الخارجية الكويتي …"), a reading of two words or more needs more to overrule. */
const STRONG_DOUBT = 10;

/** How far "outside a name" must lead for the tagger's end of a name to cut the rules' reading. */
const UNSURE_END = 10;

const TITLE_REACH = 12;

/** "أصدر الملك مرسوما بتعيين الشيخ فواز … سفيرا": a name the rules give another title is that title's. */
function notAnothers(marks: RuleMarks, span: Span | undefined): Span | undefined {
  return span && marks.get(span.start) === "S" ? undefined : span;
}

const COMMAS = new Set(["،", ","]);

/** What sets off a title after the name it describes. */
const APPOSITION_MARKS = new Set([...COMMAS, "؛", ";"]);

/**
 * "رئيس مجلس إدارة شركة جبل عمر عبد العزيز السبيعي": a body's name the lists do not know
 * ends the rules' reading of the title; the first person the tagger reads further on, in
 * the same clause, is the title's: no stop and no verb between, but one comma may set off the
 * name ("رئيس الوزراء الفلسطيني، رامي الحمد الله"; "رئيس المهرجان، المخرج علاء نصر،"), and
 * quotes or an abbreviated honorific ("م. طارق العيسى") may stand before it.
 */
function nameFurtherOn(ctx: PhraseContext, tagger: PersonTagger, from: number): Span | undefined {
  const { tokens, knowledge } = ctx.state;
  let comma: number | undefined;
  const stops = (i: number) => {
    const token = tokens[i]!;
    if (token.kind === "punct") {
      if (comma === undefined && COMMAS.has(token.folded)) comma = i;
      return !QUOTES_AND_BRACKETS.has(token.folded) && i !== comma && !isAbbreviationDot(ctx, i);
    }
    // past the comma, "والمدرب …" opens the next of a list, and "أخته" speaks of someone else
    if (comma !== undefined && ((i === comma + 1 && isConjunction(ctx, i)) || POSSESSIVE.test(stripMarks(token.text)))) return true;
    if (i > from && knowledge.roles.lexicon.matchAt(tokens, i)?.value.direct) return true; // "بقيادة المدرب …": that title's own
    return token.readings.some((reading) => knowledge.names.verbs.has(reading));
  };
  const span = tagger.firstNameFrom(from, TITLE_REACH, stops);
  return span && span.end - span.start === 1 ? restOfName(ctx, tagger, span) : span;
}

/**
 * "المتحدث الرسمي لوزارة العمل تيسير المفرج": a first name that is also a word (تيسير، باسم،
 * صباح) stops the rules, and the tagger, reading it alone, is unsure of the next word: the
 * name goes on while the rules can read on from there and the tagger barely says no.
 */
function restOfName(ctx: PhraseContext, tagger: PersonTagger, span: Span): Span {
  // "بشيري وياسين": two people
  const rest = isConjunction(ctx, span.end) || endsName(ctx, span.end) ? undefined : readName(ctx, span.end);
  return rest ? tagger.extendWhileUnsure(span, rest.end, UNSURE_END) : span;
}

/**
 * "الدكتور هاني بن محمد أبوراس أمين محافظة جدة": a name the tagger reads ending right before
 * the title, or before a comma or semicolon there ("عصام أبو عيسى؛ نائب الرئيس التنفيذي"), is
 * the title's when the rules read none.
 */
function nameRightBefore(ctx: PhraseContext, tagger: PersonTagger, titleStart: number): Span | undefined {
  const mark = ctx.state.tokens[titleStart - 1]?.folded ?? "";
  const end = APPOSITION_MARKS.has(mark) ? titleStart - 1 : titleStart;
  const from = Math.max(0, end - LONGEST_NAME - 2);
  const tags = tagger.tag(from, end);
  if (tags.at(-1) !== "B" && tags.at(-1) !== "I") return undefined;
  let start = end - 1;
  while (start > from && tags[start - from] === "I") start--;
  return tags[start - from] === "B" ? { start, end } : undefined;
}

const QUOTES_AND_BRACKETS = new Set(["(", ")", "«", "»", "“", "”", '"', "-"]);

/** "د . نبيل العربي", "م . طارق العيسى": the dot of an abbreviated honorific. */
function isAbbreviationDot(ctx: PhraseContext, i: number): boolean {
  return ctx.state.tokens[i]!.folded === "." && honorificEndsAt(ctx, i);
}

/** A word behind و that names.yaml does not list as a name (وليد، وائل): "والمدرب", "وياسين". */
function isConjunction(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return token?.kind === "word" && token.folded.startsWith("و") && !ctx.state.knowledge.names.wawNames.has(token.folded);
}

/**
 * "محمد السعيد الشربيني بالسجن": never through a word the rules know cannot be in a name; and
 * past the rules' reading ("محمد بن سلمان ضيوفه"), never through a word with a possessive
 * pronoun, which no name written after a title carries.
 */
function cappedByRules(ctx: PhraseContext, span: Span | undefined, readEnd: number): Span | undefined {
  if (!span) return undefined;
  for (let i = span.start + 1; i < span.end; i++) {
    if (endsName(ctx, i) || (i >= readEnd && POSSESSIVE.test(stripMarks(ctx.state.tokens[i]!.text)))) return { start: span.start, end: i };
  }
  return span;
}

/** A word of three letters or more ending in ه، ها، هم or هما, other than a name in الله. */
const POSSESSIVE = /^(?!.*(?:الله|لله)$).{2,}(?:ه|ها|هم|هما)$/u;

function isKnownName(ctx: PhraseContext, span: Span): boolean {
  const words = ctx.state.tokens.slice(span.start, span.end).map((token) => token.text);
  return ctx.state.knowledge.officials.bySpelling.has(nameKey(words.join(" ")));
}

/** "أمير منطقة القصيم", "محافظ الجيزة": the country of a place the title names. */
function placeCountryWithin(ctx: PhraseContext, start: number, end: number): string | undefined {
  const { tokens, knowledge } = ctx.state;
  for (let i = start; i < end; i++) {
    const place = knowledge.places.lexicon.matchAt(tokens, i);
    if (place && place.end <= end) return place.value;
  }
  return undefined;
}

/** "طحنون بن زايد آل نهيان": the state of the ruling house whose family name ends the name (names.yaml ruling_families). */
function rulingFamilyCountry(ctx: PhraseContext, name: string): string | undefined {
  const words = matchWords(name);
  const { rulingFamilies } = ctx.state.knowledge.names;
  return rulingFamilies.get(words.slice(-2).join(" ")) ?? rulingFamilies.get(words.at(-1) ?? "");
}

/**
 * The country of an official a story names without one, and not an international body's: its
 * dateline's ("الرياض - …"); else the outlet's (a national agency or newspaper: data/sources.yaml),
 * unless the story is about another country and never names the outlet's own, neither by name
 * nor by an official of it (`titled`: the countries the story's titles give); else the country
 * it is about (a ministry's spokesman in a story about Egypt is Egypt's).
 */
function homeCountry(state: ExtractState, titled: Set<string>, named: readonly Span[]): string | undefined {
  const { draft, knowledge } = state;
  const counts = countryCounts(state, named);
  const about = dominantCountry(counts);
  const outlet = draft.source ? knowledge.sourceOf(draft.source)?.country : undefined;
  const dateline = draft.place ? datelineCountry(knowledge, draft.place) : undefined;
  const outletHome = outlet && (!about || counts.has(outlet) || titled.has(outlet)) ? outlet : undefined;
  return dateline ?? outletHome ?? about;
}

/**
 * The country of a dateline: a place the gazetteer knows (الرياض، جدة), or a country's own name,
 * which is also its capital's (الكويت، الجزائر، تونس); not a word that also names a city
 * elsewhere (عمان: Amman or Oman).
 */
function datelineCountry(knowledge: Knowledge, place: string): string | undefined {
  const known = countryOfPlace(knowledge.places, place);
  if (known) return known;
  const words = matchWords(place);
  if (words.length === 0 || words.some((word) => knowledge.countries.homonyms.has(word))) return undefined;
  const match = knowledge.countries.lexicon.matchAt(words.map((folded) => ({ kind: "word" as const, folded, readings: [folded] })), 0);
  return match?.end === words.length && !match.value.demonym && !match.value.needsCue ? (match.value.code ?? undefined) : undefined;
}

/**
 * How often each country is named in the story, by name, demonym or one of its places; a
 * demonym inside a person's name ("محمد شياع السوداني") names no country.
 */
function countryCounts(state: ExtractState, named: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mention of mentionsOutside(state, named)) counts.set(mention.code, (counts.get(mention.code) ?? 0) + 1);
  for (const place of state.knowledge.places.lexicon.scan(state.tokens)) counts.set(place.value, (counts.get(place.value) ?? 0) + 1);
  return counts;
}

/** The country a story is about, when one stands out: named at least twice as often as any other. */
function dominantCountry(counts: Map<string, number>): string | undefined {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return first && first[1] >= 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

/** The first country named wholly between two tokens. */
function firstMentionWithin(ctx: PhraseContext, start: number, end: number): CountryMention | undefined {
  for (let i = start; i < end; i++) {
    const mention = ctx.mentionAt.get(i);
    if (mention && mention.start === i && mention.end <= end) return mention;
  }
  return undefined;
}

function candidateAt(ctx: PhraseContext, phrase: TitlePhrase, whole: Span): Candidate {
  const span = withoutWordTooMany(ctx, whole);
  const words: string[] = [];
  for (let i = span.start; i < span.end; i++) {
    const text = stripMarks(ctx.state.tokens[i]!.text);
    if (isJoiningHyphen(ctx, i)) words[words.length - 1] += text + stripMarks(ctx.state.tokens[++i]!.text);
    else words.push(text);
  }
  words[0] = withoutPreposition(ctx, withoutConjunction(ctx, words[0]!));
  const known = knownPrefix(ctx, words, span);
  if (known < words.length) return { phrase, span: { start: span.start, end: span.start + known }, words: words.slice(0, known) };
  return { phrase, span, words };
}

/**
 * "محمد طارق صادق والأعضاء", "بوتين وأخرى", "شكري وكيري": a name never goes on through a word
 * behind و that is definite, that the tagger, on its own, takes for no part of a name, or that
 * is a name the officials file knows; and
 * "شينزو آبي التعبير", "وليد جنبلاط بدفع": a name of three words or more does not end in a word
 * with the article, or behind ب or ل, that the tagger, on its own, takes for no part of a name
 * (a family name such as الفيصل or الغامدي it does take for one), unless it completes a
 * compound after عبد or أبو ("سلمان بن عبد العزيز", "محمد بن عبد الملك").
 */
const DEFINITE_AFTER_AND = /^و[بلك]?ال.{2,}/; // not والي, a name

function withoutWordTooMany(ctx: PhraseContext, span: Span): Span {
  if (isKnownName(ctx, span)) return span; // "بشارة بطرس الراعي", though الراعي is a sponsor elsewhere
  const model = ctx.state.knowledge.personModel;
  const { connectors } = ctx.state.knowledge.names;
  const { bySpelling } = ctx.state.knowledge.officials;
  const { givenNames } = ctx.state.knowledge;
  const opensAnother = (i: number) => {
    const { folded } = ctx.state.tokens[i]!;
    if (DEFINITE_AFTER_AND.test(folded)) return true;
    if (!isConjunction(ctx, i) || connectors.has(folded)) return false;
    // "شكري وكيري": a name the officials file knows; "حسني مبارك ومحمد مرسي": a given name
    return bySpelling.has(folded.slice(1)) || givenNames.names.has(folded.slice(1)) || (model !== undefined && isWordTooMany(model, folded));
  };
  let end = span.start + 1;
  while (end < span.end && !opensAnother(end)) end++;
  if (!model) return { start: span.start, end };
  const tooMany = (token: ArticleToken) => (hasArticle(token) || /^[بل]/.test(token.folded)) && isWordTooMany(model, token.folded, true);
  // "سلمان بن عبد العزيز": the word after عبد or أبو completes the name, whatever it is elsewhere
  const completes = (i: number) => connectors.has(ctx.state.tokens[i - 1]!.folded);
  // "عاطي بن عطية القرشي": after the father's name, the family name
  const { lineage } = ctx.state.knowledge.names;
  const followsFather = (i: number) => i - 2 > span.start && lineage.has(ctx.state.tokens[i - 2]!.folded);
  while (end - span.start >= 3 && tooMany(ctx.state.tokens[end - 1]!) && !completes(end - 1) && !followsFather(end - 1)) end--;
  // "سعد بن": a name does not end on a word of lineage
  while (end - span.start >= 2 && lineage.has(ctx.state.tokens[end - 1]!.folded)) end--;
  return { start: span.start, end };
}

/**
 * "بنيامين نتنياهو الصمت", "الرئيس أوباما الديمقراطي", "خامنئي وسليماني": a name that begins
 * with a name of an official the officials file knows (in full, or the one word it lists for
 * them), and goes on only with words with the article, or with a word behind و, ends there
 * (but "محمد بن زايد آل نهيان" goes on). The number of words to keep.
 */
function knownPrefix(ctx: PhraseContext, words: string[], span: Span): number {
  const { bySpelling } = ctx.state.knowledge.officials;
  const tokens = ctx.state.tokens.slice(span.start, span.end);
  if (tokens.length !== words.length || bySpelling.has(nameKey(words.join(" ")))) return words.length; // "مشعل الأحمد الجابر الصباح" is known whole
  // "شكري سيطلع الدول الأعضاء": a known official's family name, listed alone, is where the name ends
  const alone = bySpelling.get(nameKey(words[0]!));
  if (alone && nameKey(alone.name).split(" ").at(-1) === nameKey(words[0]!)) return 1;
  const model = ctx.state.knowledge.personModel;
  const noName = (token: ArticleToken) => token.definite || (model !== undefined && isWordTooMany(model, token.folded));
  const { lineage } = ctx.state.knowledge.names;
  for (let length = words.length - 1; length >= 1; length--) {
    const rest = tokens.slice(length);
    // "بنيامين نتنياهو مولت منظمات": a known full name goes on only with its lineage ("محمد بن سلمان بن عبدالعزيز")
    const fullAndDone = length > 1 && !lineage.has(tokens[length]!.folded);
    const goesOnAsName = !fullAndDone && !rest.every(noName) && !isConjunction(ctx, span.start + length);
    if (!goesOnAsName && bySpelling.has(nameKey(words.slice(0, length).join(" ")))) return length;
  }
  return words.length;
}

/**
 * The name a title phrase gives: the one after it ("وزير الخارجية الصيني وانغ يي"); failing
 * that, the one before it ("مصطفى مدبولي رئيس مجلس الوزراء", "سيرغي لافروف، وزير الخارجية");
 * failing that, one set off by commas after it ("الوزير الأول، نذير العرباوي،"), or one past
 * office words the lists do not know ("رئيس اللجنة المنظمة للبطولة موسى الأهدل"). The one before
 * rather than words after that are the office's own: behind ل or ب, or the genitive of a title
 * in construct.
 */
function nameOf(ctx: PhraseContext, phrase: TitlePhrase): Span | undefined {
  // "وقال عوديد فرايد وهو رئيس جماعة …": the title is of the name before "and he is"
  const pronoun = ctx.state.tokens[phrase.start - 1];
  const described = pronoun && HE_IS.has(pronoun.folded) ? readNameBefore(ctx, phrase.start - 1) : undefined;
  if (described) return described;
  const after = phrase.nameStart === undefined || endsGoverning(ctx, phrase) ? undefined : readName(ctx, phrase.nameStart, ctx.mentionAt.has(phrase.nameStart));
  // "… بوشعيب الماحي، ومدير جمارك المنطقة حسن حلو": a title opened by و is the next of a list, whose name comes after it
  // "ميشيل أوباما، زوجة الرئيس الأميركي": the name before a relative's title is the relative's
  const before = phrase.listed || isAfterKinship(ctx, phrase.start) ? undefined : readNameBefore(ctx, phrase.start);
  // "فولكر تورك، المفوض السامي لحقوق الإنسان": behind ل or ب, the words after are the office's
  if (after && before && !phrase.honorific && (readsAsPrepositionalPhrase(ctx, after) || endsInConstruct(ctx, phrase))) return before;
  if (after && (after.end - after.start > 1 || phrase.honorific)) return after;
  if (after && isKnownName(ctx, after)) return after; // "رئيس الوزراء العبادي": a name the officials file knows
  if (before) return before;
  const later = readNameAfterLaterComma(ctx, after?.end ?? phrase.end);
  if (later) return later;
  if (after && !ctx.state.tokens[after.start]!.definite) return after;
  return readNameAfterComma(ctx, phrase.end) ?? (after ? undefined : readNameAfterOfficeWords(ctx, phrase.end));
}

/**
 * "رئيس اللجنة المنظمة للبطولة موسى الأهدل", "المتحدث الرسمي للإمارة علي بن موسى زعلة": past
 * office words the lists do not know, opened by ل or ب (للبطولة، لكرة القدم) and going on with
 * words with the article or behind ل or ب, a name of two words or more that ends where names
 * end (a stop word, a verb, punctuation): not the start of more office words ("للمستشفى استشاري
 * جراحة العظام"). Never past a country or another title ("بقيادة المدرب السويسري").
 */
function readNameAfterOfficeWords(ctx: PhraseContext, from: number): Span | undefined {
  const { tokens } = ctx.state;
  const isPrepositional = (i: number) => /^(لل|بال)../.test(tokens[i]!.folded) || (/^[لب]../.test(tokens[i]!.folded) && tokens[i + 1]?.definite === true);
  const isOfficeWord = (i: number) => tokens[i]?.kind === "word" && !ctx.mentionAt.has(i) && !roleStartsAt(ctx, i) && (tokens[i]!.definite || isPrepositional(i));
  if (!isOfficeWord(from) || !isPrepositional(from)) return undefined;
  let i = from + 1;
  while (i < from + COMMA_REACH && isOfficeWord(i)) i++;
  if (tokens[i]?.kind !== "word") return undefined;
  const span = readName(ctx, i);
  return span && span.end - span.start > 1 && endsName(ctx, span.end) ? span : undefined;
}

/** "متحدث باسم خفر السواحل": the title stops before the body it speaks for. */
function endsGoverning(ctx: PhraseContext, phrase: TitlePhrase): boolean {
  const last = ctx.state.tokens[phrase.end - 1];
  return last?.kind === "word" && ctx.state.knowledge.roles.governingWords.hasReading(last);
}

/**
 * "رئيس جمعية التكافل الإنساني", "رئيس بنك أتلانتا": a title that ends in a word without the
 * article, and not in a country, a place or an adverb, is in construct with the words after it,
 * the body's name; a person's name follows a title made definite ("وزير الخارجية", "رئيس وزراء إسرائيل"),
 * and "برئاسة", "بقيادة" govern the name itself.
 */
function endsInConstruct(ctx: PhraseContext, phrase: TitlePhrase): boolean {
  const { tokens, knowledge } = ctx.state;
  if (knowledge.roles.lexicon.matchAt(tokens, phrase.start)?.value.direct) return false;
  const last = tokens[phrase.end - 1]!;
  if (last.kind !== "word" || last.definite || knowledge.names.particles.has(last.folded)) return false; // "وزيرة الخارجية آنذاك"
  return !ctx.mentionAt.has(phrase.end - 1) && !knowledge.places.lexicon.matchAt(tokens, phrase.end - 1);
}

function isAfterKinship(ctx: PhraseContext, titleStart: number): boolean {
  const previous = ctx.state.tokens[titleStart - 1];
  return previous !== undefined && ctx.state.knowledge.roles.kinship.hasReading(previous);
}

/** "وهو", "وهي": a title after them describes the person named right before. */
const HE_IS = new Set(["وهو", "وهي"]);

/** ل or ب before a noun and its definite genitive (لحقوق الإنسان), not لخضر رخروخ, بليندا لويس. */
function readsAsPrepositionalPhrase(ctx: PhraseContext, span: Span): boolean {
  const [first, second] = [ctx.state.tokens[span.start]!, ctx.state.tokens[span.start + 1]];
  return /^[لب]/.test(first.folded) && second?.kind === "word" && hasArticle(second);
}

/** "رئيس الجمهورية، السيد عبد المجيد تبون،": a name of two words or more between commas. */
function readNameAfterComma(ctx: PhraseContext, commaAt: number, needsTitle = false): Span | undefined {
  const { tokens } = ctx.state;
  if (tokens[commaAt]?.folded !== "،" && tokens[commaAt]?.folded !== ",") return undefined;
  let start = commaAt + 1;
  for (let skipped = 0; skipped < 3 && start < tokens.length; skipped++) {
    const mention = ctx.mentionAt.get(start);
    const honorific = ctx.state.knowledge.roles.honorifics.matchAt(tokens, start) ?? rankAt(ctx, start) ?? (mention?.demonym && mention.start === start ? mention : undefined); // "، الجنوب أفريقي باتريس موتسيبي"
    if (!honorific) break;
    start = honorific.end;
  }
  const span = readName(ctx, start);
  if (!span || span.end - span.start < 2) return undefined;
  const next = tokens[span.end];
  // further from the title, a name needs an honorific or a second comma: "، العيد ربيقة،"
  if (needsTitle && start === commaAt + 1) return next?.folded === "،" || next?.folded === "," ? span : undefined;
  return next === undefined || next.kind === "punct" ? span : undefined;
}

/** A military rank (الفريق أول، الجنرال) at i: before a name it stands as an honorific. */
function rankAt(ctx: PhraseContext, i: number): { end: number } | undefined {
  const role = ctx.state.knowledge.roles.lexicon.matchAt(ctx.state.tokens, i);
  return role?.value.rank ? role : undefined;
}

const COMMA_REACH = 8;

function roleStartsAt(ctx: PhraseContext, i: number): boolean {
  return ctx.state.knowledge.roles.lexicon.matchAt(ctx.state.tokens, i) !== undefined;
}

/**
 * "رئيس أرامكو السعودية وكبير إدارييها التنفيذيين، المهندس أمين الناصر،": the body a title
 * names may run on in words no list knows; a name set off by a comma and opened by an
 * honorific or a rank, within a few words and before any verb or particle, is the title's.
 */
function readNameAfterLaterComma(ctx: PhraseContext, from: number): Span | undefined {
  const { tokens } = ctx.state;
  const { verbs, stopWords } = ctx.state.knowledge.names;
  for (let i = from; i < from + COMMA_REACH && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > from && roleStartsAt(ctx, i)) return undefined;
    const { vocabulary, hostPrepositions } = ctx.state.knowledge.roles;
    if (vocabulary.hasReading(token) || hostPrepositions.hasReading(token) || token.folded === "مع" || /^(لل|بال)../.test(token.folded)) continue; // "بالنيابة"، "مع البرلمان"
    if (token.kind === "punct") return token.folded === "،" || token.folded === "," ? readNameAfterComma(ctx, i, true) : undefined;
    if (token.readings.some((reading) => verbs.has(reading) || stopWords.has(reading))) return undefined;
  }
  return undefined;
}

/**
 * "، ونزار بركة، وزير التجهيز": the conjunction is not part of the name. A first name that
 * begins with و itself (وليد، وائل) is listed in names.yaml; after و, it is "ووليد".
 */
function withoutConjunction(ctx: PhraseContext, word: string): string {
  if (!word.startsWith("و") || word.length < 4) return word;
  const rest = word.slice(1);
  if (rest.startsWith("و")) return rest;
  return ctx.state.knowledge.names.wawNames.has(foldArabic(word)) ? word : rest;
}

/**
 * "المدير التنفيذي لسوق عكاظ", "الرئيس التنفيذي لمانشستر سيتي", "رئيس قسم بمبنى كلية الهندسة":
 * a reading whose first word is behind ل or ب, where the model takes the word neither as
 * written nor without the preposition for a part of a name, is the office's words, not a person.
 */
function opensWithPreposition(ctx: PhraseContext, candidate: Candidate): boolean {
  const model = ctx.state.knowledge.personModel;
  const token = ctx.state.tokens[candidate.span.start]!;
  if (!model || !/^[بل]/.test(token.folded) || candidate.phrase.honorific) return false;
  if (opensWithPlaceOrOffice(ctx, candidate.span.start)) return true;
  if (token.folded.length < 4) return false;
  const word = foldArabic(candidate.words[0]!);
  if (word !== token.folded) return false; // withoutPreposition took ب or ل off a name ("لعمر الزهراني")
  const { givenNames } = ctx.state.knowledge;
  if (givenNames.names.has(word) || givenNames.alsoWords.has(word)) return false; // "ليوني جرين", "بيتر"
  return !isWordOfName(model, word) && isWordTooMany(model, word.slice(1), true);
}

/** "بحي الروضة", "بمحافظة جدة", "بينبع": ب or ل on a word of a place or an office, or on a place's name, opens no name. */
function opensWithPlaceOrOffice(ctx: PhraseContext, start: number): boolean {
  const { tokens, knowledge } = ctx.state;
  const token = tokens[start]!;
  const { placeNouns, namedAfter, vocabulary } = knowledge.roles;
  if (token.readings.some((stem) => stem !== token.folded && (placeNouns.has(stem) || namedAfter.has(stem) || vocabulary.has(stem)))) return true;
  const place = knowledge.places.lexicon.matchAt(tokens, start);
  return place !== undefined && place.reading !== token.folded;
}

/**
 * "سيطيح بوائل جمعة", "كلمة لعمر الزهراني": ب or ل written on a name's first word is no part
 * of it, when the model takes the word without it for a part of a name and does not take the
 * word as written for one (بسام، لطيفة are names as written).
 */
function withoutPreposition(ctx: PhraseContext, word: string): string {
  const model = ctx.state.knowledge.personModel;
  if (!model || !/^[بل]/.test(word) || word.length < 4) return word;
  const rest = word.slice(1);
  return isWordOfName(model, foldArabic(rest)) && !isWordOfName(model, foldArabic(word)) ? rest : word;
}

/** "ورأس وفد الكويت مساعد وزير الخارجية …": the delegation's country is the official's. */
function delegationCountry(ctx: PhraseContext, roleStart: number): string | undefined {
  const mention = ctx.mentionAt.get(roleStart - 1);
  if (mention?.end !== roleStart) return undefined;
  const cue = ctx.state.tokens[mention.start - 1];
  return cue && ctx.state.knowledge.roles.delegationCues.hasReading(cue) ? mention.code : undefined;
}

/** "الأمين العام للأمم المتحدة", "المدير العام لمنظمة الصحة": an international body's official. */
function isInternational(ctx: PhraseContext, phrase: TitlePhrase): boolean {
  const { internationalCues } = ctx.state.knowledge.roles;
  for (let i = phrase.start; i < phrase.end; i++) if (internationalCues.matchAt(ctx.state.tokens, i)) return true;
  return false;
}

/** "رئيسة بعثة الدعم في ليبيا": serving in a country named after في or لدى is no sign of being its own. */
function isPostedAbroad(ctx: PhraseContext, phrase: TitlePhrase): boolean {
  const { hostPrepositions } = ctx.state.knowledge.roles;
  for (let i = phrase.start; i < phrase.end - 1; i++) {
    if (hostPrepositions.hasReading(ctx.state.tokens[i]!) && ctx.mentionAt.get(i + 1)?.start === i + 1) return true;
  }
  return false;
}

/** A name the officials file knows, or one that stands elsewhere right after a verb ("وقال وانغ"). */
function isKnownOrSubject(ctx: PhraseContext, afterVerbs: Map<string, number[]>, candidate: Candidate): boolean {
  if (ctx.state.knowledge.officials.bySpelling.has(nameKey(candidate.words[0]!))) return true;
  const places = afterVerbs.get(ctx.state.tokens[candidate.span.start]!.folded) ?? [];
  return places.some((i) => i !== candidate.span.start);
}

/** Folded word → where it stands right after a verb: its first two places, enough to tell one elsewhere than a given one. */
function placesAfterVerbs(ctx: PhraseContext): Map<string, number[]> {
  const { tokens } = ctx.state;
  const { verbs } = ctx.state.knowledge.names;
  const places = new Map<string, number[]>();
  for (let i = 1; i < tokens.length; i++) {
    const seen = places.get(tokens[i]!.folded);
    if (seen && seen.length >= 2) continue;
    if (!tokens[i - 1]!.readings.some((reading) => verbs.has(reading))) continue;
    if (seen) seen.push(i);
    else places.set(tokens[i]!.folded, [i]);
  }
  return places;
}

/**
 * Later mentions by the first or last word of a name alone: "وقال وانغ", "السفير الناجم". A
 * word inside a name already read is part of that name, not another mention.
 */
function addShortMentions(ctx: PhraseContext, people: OfficialMention[]): void {
  const reader = new LoneWordReader(people);
  const covered = coveredTokens(people);
  const { tokens } = ctx.state;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || covered.has(i)) continue;
    const word = reader.namedBy(token.readings);
    if (word === undefined || ctx.mentionAt.get(i)?.demonym === false) continue; // a country's name, not a person's
    reader.personAt(word, i)!.spans.push({ start: i, end: i + 1 });
  }
}

function coveredTokens(people: OfficialMention[]): Set<number> {
  const covered = new Set<number>();
  for (const person of people) for (const span of person.spans) for (let i = span.start; i < span.end; i++) covered.add(i);
  return covered;
}
