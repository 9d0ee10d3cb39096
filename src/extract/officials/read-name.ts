import { stripMarks } from "../../text/normalize.ts";
import { isBoundary, type ArticleToken, type Span } from "../state.ts";
import type { PhraseContext } from "./context.ts";
import type { NameKnowledge } from "./names.ts";

/** The most words a name after a title may have. */
export const LONGEST_NAME = 8;

/** A preposition joined to the article (بالقرار، للصين): never part of a name. Not ك: كالاس, كاليفورنيا. */
const PREPOSITION_WITH_ARTICLE = /^[وف]?(بال|لل)../;

/** ب or ل before an office word without the article (بقصر، بمقر، لوزارة): never in a name. */
function isPrepositionWithOfficeWord(ctx: PhraseContext, token: ArticleToken): boolean {
  const first = token.folded.charCodeAt(0);
  if (first !== BA && first !== LAM && first !== WAW && first !== FA) return false;
  const match = /^[وف]?[بل](...+)$/.exec(token.folded);
  if (!match) return false;
  const { vocabulary } = ctx.state.knowledge.roles;
  return vocabulary.has(match[1]!) || vocabulary.has("ال" + match[1]!);
}

const [BA, WAW, FA] = [0x628, 0x648, 0x641];

/** The article written on the word itself (الصيني), not behind a clitic (فاليري is ف + اليري). */
export function hasArticle(token: ArticleToken): boolean {
  const { text } = token;
  if (!token.definite || text.charCodeAt(0) !== ALEF) return false;
  return text.charCodeAt(1) === LAM || stripMarks(text).startsWith("ال");
}

const ALEF = 0x627;
const LAM = 0x644;

/** Ends in ة as written, marks aside. */
function endsInTaMarbuta(token: ArticleToken): boolean {
  return token.folded.endsWith("ه") && stripMarks(token.text).endsWith("ة");
}

/** A nisba adjective with the article (الثنائية، اليمنية): it qualifies the noun before it. */
const DEFINITE_ADJECTIVE = /^ال..+يه?$/; // folded; القوى (folded القوي) is no nisba

/** True when the token at i cannot stand in a person's name, so a name ends before it. */
export function endsName(ctx: PhraseContext, i: number): boolean {
  const { state } = ctx;
  const token = state.tokens[i];
  if (isBoundary(token) || token!.kind === "number") return !isJoiningHyphen(ctx, i);
  if (token!.folded.length === 1 && token!.text.includes("ـ")) return true; // "بـ ٩ أنشطة": a clitic written apart
  const { names, roles } = state.knowledge;
  if (names.writtenWords.has(stripMarks(token!.text))) return true; // فإن, not the connector فان
  if (names.connectors.has(token!.folded)) return false;
  if (isStopWord(names, token!)) return true;
  if (PREPOSITION_WITH_ARTICLE.test(token!.folded)) return true;
  if (isPrepositionWithOfficeWord(ctx, token!)) return true; // "قيس سعيد بقصر قرطاج"
  const mention = ctx.mentionAt.get(i);
  // "عبدالله بن محمد السويد": after بن and the father's name, a country's name is the family's
  if ((mention && !mention.demonym && !followsParentLineage(ctx, 0, i)) || ctx.notCountryAt.has(i)) return true;
  if (isNamePart(ctx, i)) return false;
  const role = roles.lexicon.matchAt(state.tokens, i);
  if (role !== undefined && !role.value.construct) return true;
  const prefix = roles.rankPrefixes.matchAt(state.tokens, i); // "أحمد عبود نائب رئيس مجلس الدولة"
  return prefix !== undefined && roles.lexicon.matchAt(state.tokens, prefix.end) !== undefined;
}

/** "عبد الملك", "آل الشيخ", "وعبد الملك": a role or honorific word right after عبد، آل، بن is part of a name; so is a name written as names.yaml lists it (قايد, which folds like قائد). */
export function isNamePart(ctx: PhraseContext, i: number): boolean {
  const { tokens, knowledge } = ctx.state;
  const previous = tokens[i - 1];
  const token = tokens[i];
  const { namePartAfter } = knowledge.names;
  // "شينزو آبي والرئيس الصيني": a definite word behind و opens the next phrase, whatever comes before
  const opensPart = previous !== undefined && (namePartAfter.has(previous.folded) || (previous.folded.startsWith("و") && namePartAfter.has(previous.folded.slice(1)))); // "وعبد الملك"
  if (opensPart && !(token !== undefined && CONJOINED_DEFINITE.test(token.folded))) return true;
  if (token !== undefined && isFamilyNameAfterGivenName(ctx, i)) return true;
  return token !== undefined && (knowledge.names.writtenNames.get(token.folded)?.has(stripMarks(token.text)) ?? false);
}

/**
 * "عبدالرحمن السلطان (صيدلي)", "علي السلطان إن …": a definite title word right after a given
 * name (given-names.yaml) is the family name when no name follows it; "الملك سلمان الأمير خالد"
 * still names two people.
 */
function isFamilyNameAfterGivenName(ctx: PhraseContext, i: number): boolean {
  const { tokens, knowledge } = ctx.state;
  const previous = tokens[i - 1];
  const token = tokens[i]!;
  if (previous?.kind !== "word" || token.kind !== "word" || !hasArticle(token) || !knowledge.givenNames.names.has(previous.folded)) return false;
  if (!knowledge.roles.lexicon.matchAt(tokens, i) && !knowledge.roles.honorifics.matchAt(tokens, i)) return false;
  const next = tokens[i + 1];
  return next?.kind !== "word" || (isStopWord(knowledge.names, next) && !hasArticle(next)); // not "… بن عبدالعزيز الرئيس العام"
}

/** و, the article and a word of three letters or more (والرئيس، والوزير; not والي, a name). */
const CONJOINED_DEFINITE = /^وال.{3,}/;

/**
 * A stop word as written or behind one proclitic ("لنظيره", "وقال", "بتصريحات"); but not a
 * present-tense verb behind one, because names begin with those letters too: فيصل is not
 * ف + يصل; nor anything behind ك, which opens many names: كامل is not ك + أمل.
 */
export function isStopWord(names: NameKnowledge, token: ArticleToken): boolean {
  let stop = names.stopMemo.get(token.folded);
  if (stop === undefined) {
    if (names.stopMemo.size >= STOP_MEMO_LIMIT) names.stopMemo.clear();
    stop = readsAsStopWord(names, token);
    names.stopMemo.set(token.folded, stop);
  }
  return stop;
}

const STOP_MEMO_LIMIT = 100_000;

/** A present-tense verb in the dual or plural (يؤكدان، يبحثون): behind و it is no name. */
const INFLECTED_PRESENT = /^[يت].{3,}(ان|ون)$/;

/**
 * A listed verb with an object pronoun (قدمه، استقبلها، أبلغهم), behind و or ف or not: a
 * verb, never a name.
 */
function isVerbWithObject(names: NameKnowledge, folded: string): boolean {
  const match = /^([وف]?)(.{2,}?)(ه|ها|هم|هما)$/.exec(folded);
  return match !== null && match[2]!.length >= 3 && names.verbs.has(match[2]!);
}

function readsAsStopWord(names: NameKnowledge, token: ArticleToken): boolean {
  if (isVerbWithObject(names, token.folded)) return true;
  return token.readings.some((reading, index) => {
    if (index > 0 && (token.folded.length - reading.length !== 1 || token.folded.startsWith("ك") || (/^[يت]/.test(reading) && names.verbs.has(reading) && !INFLECTED_PRESENT.test(reading)))) return false;
    if (index > 0 && !/^[وف]/.test(token.folded) && names.verbs.has(reading)) return false; // باقر is not ب + أقر
    return names.stopWords.has(reading) || names.shapes.some((shape) => shape.test(reading));
  });
}

/**
 * The name that starts at `start`: words up to the first that cannot be in a name, at most
 * six. A demonym may close it as a family name (محمد شياع السوداني) but not open or cross it.
 * A name begins and ends with a word, inside the text: never at a hyphen, never past the end.
 * `opensWithCountry`: the title phrase found a first name that is also a country's name.
 */
export function readName(ctx: PhraseContext, start: number, opensWithCountry = false): Span | undefined {
  const { tokens } = ctx.state;
  if (tokens[start]?.kind !== "word") return undefined;
  let end = start;
  if (opensWithCountry && ctx.mentionAt.get(start)?.end === start + 1) end++; // "جورجيا ميلوني": a first name that is a country's
  while (
    end < start + LONGEST_NAME &&
    end < tokens.length &&
    (opensName(ctx, start, end) || closesName(ctx, start, end) || !endsName(ctx, end)) &&
    !endsAfterFamilyName(ctx, start, end) &&
    !endsAfterLineage(ctx, start, end) &&
    !(end > start && endsNameInside(ctx, end))
  ) {
    const mention = ctx.mentionAt.get(end);
    if (mention) {
      if (end > start && endsName(ctx, mention.end)) end = mention.end;
      break;
    }
    if (end > start && opensConstruct(ctx, start, end)) break; // "مني أركو مناوي قوات الدعم السريع"
    if (end > start + 1 && opensNounConstruct(ctx, start, end)) break; // "روبرتا ميتسولا جلسة الافتتاح"
    if (end > start && opensNounPhrase(ctx, start, end)) {
      // "متانة العلاقات الثنائية": a construct's head, never definite (الطراونة، القضاة are names)
      if (end - 1 > start && endsWithTaMarbuta(ctx, end - 1) && !ctx.state.tokens[end - 1]!.definite) end--;
      break;
    }
    end++;
  }
  while (end > start && !endsWithWord(ctx, end - 1)) end--;
  const known = knownNameAt(ctx, start);
  if (known && known.end > end && wordsGoOnName(ctx, Math.max(end, start + 1), known.end)) end = known.end;
  return end > start ? { start, end } : undefined;
}

/** No word from `from` to `to` ends a name: a known name read on past the rules' end ("آبي أحمد على" is not آبي أحمد علي). */
function wordsGoOnName(ctx: PhraseContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (endsName(ctx, i)) return false;
  return true;
}

/**
 * A name of two words or more that the officials file knows, written at i as it lists it
 * (behind و at most): "شي جين بينغ", though شي reads as a word that ends names.
 */
export function knownNameAt(ctx: PhraseContext, i: number): Span | undefined {
  const token = ctx.state.tokens[i];
  if (token?.kind !== "word") return undefined;
  const match = ctx.state.knowledge.officials.names.matchAt(ctx.state.tokens, i);
  if (!match) return undefined;
  return match.reading === token.folded || token.folded === "و" + match.reading ? { start: i, end: match.end } : undefined;
}

/** A name's last word is no connector (عبد، أبو) and no hyphen: "بيير-" at the end of a text is بيير. */
function endsWithWord(ctx: PhraseContext, last: number): boolean {
  const token = ctx.state.tokens[last]!;
  return token.kind === "word" && !ctx.state.knowledge.names.connectors.has(token.folded);
}

/**
 * "بشير ديوماي فاي،", "ماكي سال،", "هانا تيتيه،": right before a comma or a full stop, a
 * last word that reads as a verb (سأل), as a particle behind و or ف (ف + أي) or has the
 * shape of a verbal noun (تفعيل) is the family name; a listed particle or time word (أمس)
 * still ends the name.
 */
function closesName(ctx: PhraseContext, start: number, i: number): boolean {
  const token = ctx.state.tokens[i]!;
  const next = ctx.state.tokens[i + 1];
  if (i === start || token.kind !== "word" || token.definite || next?.kind !== "punct" || !CLOSING_MARKS.has(next.folded)) return false;
  const { stopWords, verbs, shapes } = ctx.state.knowledge.names;
  if (verbs.has(token.folded)) return true;
  if (stopWords.has(token.folded)) return false;
  return (/^[وف]/.test(token.folded) && token.folded.length <= 3) || shapes.some((shape) => shape.test(token.folded));
}

const CLOSING_MARKS = new Set(["،", ",", "."]);

/** "الشيخ صباح": a listed word that is also a first name opens a name. */
function opensName(ctx: PhraseContext, start: number, i: number): boolean {
  return i === start && ctx.state.knowledge.names.alsoNames.has(ctx.state.tokens[i]!.folded);
}

/** A hyphen written tight between two words of a name: "بيير-كريستوف". */
export function isJoiningHyphen(ctx: PhraseContext, i: number): boolean {
  const [before, token, after] = [ctx.state.tokens[i - 1], ctx.state.tokens[i], ctx.state.tokens[i + 1]];
  if (token?.kind !== "punct" || token.folded !== "-" || before?.kind !== "word" || after?.kind !== "word") return false;
  return before.segment === after.segment && before.end === token.start && token.end === after.start;
}

/** Marks that set a title in apposition after a name: "قال سيرغي لافروف، وزير الخارجية الروسي". */
const APPOSITION = new Set(["،", ",", "-", "–", "("]);
const SHORTEST_APPOSED_NAME = 2;

/**
 * The name a title follows: "قال سيرغي لافروف، وزير الخارجية الروسي" (in apposition, after a
 * comma), or "بحضور الدكتور مصطفى مدبولي رئيس مجلس الوزراء" (right before the title, as
 * Egyptian and Gulf papers write). Two words or more, after a word that cannot be in a name
 * (the verb, a preposition, an honorific); a definite noun that opens the stretch ("حضر
 * الاجتماع فوزي لقجع") is the sentence, not the name.
 */
export function readNameBefore(ctx: PhraseContext, titleStart: number): Span | undefined {
  const mark = ctx.state.tokens[titleStart - 1];
  if (!mark) return undefined;
  const apposed = mark.kind === "punct";
  if (apposed && !APPOSITION.has(mark.folded)) return undefined;
  const end = apposed ? titleStart - 1 : titleStart;
  let start = end;
  while (
    start > end - LONGEST_NAME &&
    start > 0 &&
    !endsName(ctx, start - 1) &&
    !ctx.mentionAt.has(start - 1) &&
    !honorificEndsAt(ctx, start)
  ) {
    start--;
  }
  const enclosed = start > end - LONGEST_NAME || start === 0 || honorificEndsAt(ctx, start);
  if (!enclosed) return undefined;
  while (end - start > SHORTEST_APPOSED_NAME && ctx.state.tokens[start]!.definite && !inCompound(ctx, start, start)) start++;
  if (end - start > SHORTEST_APPOSED_NAME && opensSentenceWithConjunction(ctx, start)) start++; // "وردّ مصطفى بايتاس، الوزير"
  if (end - start < SHORTEST_APPOSED_NAME || ctx.state.tokens[start]!.definite) return undefined;
  return readName(ctx, start)?.end === end ? { start, end } : undefined;
}

const SENTENCE_ENDS = new Set([".", "!", "?", ":", "؟", "؛"]);

/**
 * A sentence opens with و or ف and its verb ("وردّ", "فأكد"), not with a name: the first
 * word of a sentence, behind و or ف, is no name unless names.yaml lists it (وليد، وائل) or
 * given-names.yaml lists the word after و (ولطفي).
 */
function opensSentenceWithConjunction(ctx: PhraseContext, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const opens = !previous || previous.segment !== token.segment || (previous.kind === "punct" && (SENTENCE_ENDS.has(previous.folded) || previous.text === "\n"));
  const { names, givenNames } = ctx.state.knowledge;
  return opens && /^[وف]/.test(token.folded) && token.folded.length >= 3 && !names.wawNames.has(token.folded) && !givenNames.names.has(token.folded.slice(1)); // "ولطفي باشريف وزير …"
}

/** An honorific (الشيخ، صاحب السمو، الدكتور) or a rank (الفريق أول) ends right before i. */
export function honorificEndsAt(ctx: PhraseContext, i: number): boolean {
  const { honorifics, lexicon } = ctx.state.knowledge.roles;
  for (let from = Math.max(0, i - 3); from < i; from++) {
    if (honorifics.matchAt(ctx.state.tokens, from)?.end === i) return true;
    const rank = lexicon.matchAt(ctx.state.tokens, from);
    if (rank?.value.rank && rank.end === i) return true;
  }
  return false;
}

/**
 * A first name written with the article: a Maghrebi one (المختار، السعيد; names.yaml), or a
 * foreign one that begins with ال as Arabic writes it (ألكسيس، إليوت، أليستير; given-names.yaml).
 */
export function isDefiniteFirstName(ctx: PhraseContext, folded: string): boolean {
  const { names, givenNames } = ctx.state.knowledge;
  return names.definiteFirstNames.has(folded) || (givenNames.names.has(folded) && !names.compoundParts.has(folded));
}

/**
 * After a family name with the article (المزروعي) a word without it is no longer the name
 * ("سهيل المزروعي اتفاقية"), unless the name is a compound that goes on: عبد المجيد تبون،
 * سراج الدين مهر الدين، أحمد أبو الغيط.
 */
function endsAfterFamilyName(ctx: PhraseContext, start: number, i: number): boolean {
  if (i <= start) return false;
  const previous = ctx.state.tokens[i - 1]!;
  const token = ctx.state.tokens[i]!;
  // written with the article: فاليري is not ف + ال + يري
  if (!previous.definite || token.definite || !hasArticle(previous) || ctx.state.knowledge.names.connectors.has(token.folded)) {
    return false;
  }
  if (isDefiniteFirstName(ctx, previous.folded)) return false; // "السعيد شنقريحة", "بيرام الداه اعبيد", "إليوت أنجل"
  return !inCompound(ctx, start, i - 1);
}

/**
 * After بن or آل and the name it introduces (one word, or عبد + one word), only another
 * lineage word or one family name continues: "محمد بن سلمان آل سعود", "وليد بن عبدالكريم
 * الخريجي", but "محمد بن سلمان ضيوفه" ends at سلمان.
 */
function endsAfterLineage(ctx: PhraseContext, start: number, i: number): boolean {
  const { lineage, connectors } = ctx.state.knowledge.names;
  if (lineage.has(foldedInName(ctx, start, i)) || connectors.has(foldedInName(ctx, start, i - 1))) return false;
  if (lineageBefore(ctx, start, i) >= 0) return !(followsParentLineage(ctx, start, i) && isFamilyName(ctx, i));
  return i - 1 > start && followsParentLineage(ctx, start, i - 1) && isFamilyName(ctx, i - 1);
}

/** The folded word at `at`, or "" before the name's start. */
function foldedInName(ctx: PhraseContext, start: number, at: number): string {
  return at >= start ? ctx.state.tokens[at]!.folded : "";
}

/** The lineage word that introduces the word at `at`: two words back, or three across a connector (بن عبد العزيز); -1 if none. */
function lineageBefore(ctx: PhraseContext, start: number, at: number): number {
  const { lineage, connectors } = ctx.state.knowledge.names;
  if (lineage.has(foldedInName(ctx, start, at - 2))) return at - 2;
  return lineage.has(foldedInName(ctx, start, at - 3)) && connectors.has(foldedInName(ctx, start, at - 2)) ? at - 3 : -1;
}

/** The word at `at` comes after a parent's name (بن سلمان), not after آل. */
function followsParentLineage(ctx: PhraseContext, start: number, at: number): boolean {
  const lineageAt = lineageBefore(ctx, start, at);
  return lineageAt >= 0 && foldedInName(ctx, start, lineageAt) !== FAMILY;
}

/** آل introduces the family itself: no other family name follows it. */
const FAMILY = "ال";

/** A family name with the article after a lineage (الخريجي، الزياني، الفيصل), not a noun. */
function isFamilyName(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  if (!token || token.kind !== "word" || !token.definite || endsName(ctx, i)) return false;
  const written = stripMarks(token.text);
  if (written.endsWith("ة") || ctx.state.knowledge.roles.vocabulary.hasReading(token)) return false;
  const next = ctx.state.tokens[i + 1];
  return token.folded.endsWith("ي") || endsName(ctx, i + 1) || (next?.kind === "word" && next.definite);
}

/**
 * Words that open a name but never go on one: a verbal noun (إرسال، إعلان), a noun with a
 * possessive pronoun (وفرقها، بانتخابه), a verb behind ف (فكتب).
 */
function endsNameInside(ctx: PhraseContext, i: number): boolean {
  const { text } = ctx.state.tokens[i]!;
  let ends = insideMemo.get(text);
  if (ends === undefined) {
    if (insideMemo.size >= STOP_MEMO_LIMIT) insideMemo.clear();
    const written = stripMarks(text);
    ends = INSIDE_ENDERS.some((shape) => shape.test(written));
    insideMemo.set(text, ends);
  }
  return ends;
}

/** Written word → whether it ends a name inside it, remembered as words recur. */
const insideMemo = new Map<string, boolean>();

const INSIDE_ENDERS = [
  /^(?:[وف]?[بل]?إ|ا(?!ل))[^ا]{2}ا[^ا]$/u, // إرسال، لإعلان، وإطلاق (not باعلال، بايتاس، nor الداه: ال + داه)
  /^[وف]?[بل]?.{2,}(ها|هم|هما)$/u, // وفرقها، بلادهم
  /^[وف]?[بل]?[إا][^ا]{2}ا[^ا]ه$/u, // وإمهاله، بإعلانه
  /^[وف]?[بل].{3,}ه$/u, // بانتخابه، لزيارته
  /^ف[^اي][^ا][^يى]$/u, // فكتب، فرفض (not فتحي، فوزي)
];

/** The word at i completes a compound name: الدين in نور الدين, or a word after عبد / أبو / بن. */
function inCompound(ctx: PhraseContext, start: number, i: number): boolean {
  const { connectors, compoundParts } = ctx.state.knowledge.names;
  const previous = i > start ? ctx.state.tokens[i - 1]! : undefined;
  return compoundParts.has(ctx.state.tokens[i]!.folded) || (previous !== undefined && someReadingIn(previous, connectors));
}

function someReadingIn(token: ArticleToken, words: ReadonlySet<string>): boolean {
  for (const reading of token.readings) if (words.has(reading)) return true;
  return false;
}

function endsWithTaMarbuta(ctx: PhraseContext, i: number): boolean {
  return stripMarks(ctx.state.tokens[i]!.text).endsWith("ة");
}

/**
 * An office word without the article before a definite word (قوات الدعم، وزارة الخارجية):
 * a construct that begins after the name, not a part of it (but فتح الله is a name).
 */
function opensConstruct(ctx: PhraseContext, start: number, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.definite || !ctx.state.knowledge.roles.vocabulary.has(token.folded) || next?.kind !== "word" || !hasArticle(next)) return false;
  return !ctx.state.knowledge.names.compoundParts.has(next.folded) && !inCompound(ctx, start, i);
}

/**
 * After two words of a name, a noun in ة before a definite word (جلسة الافتتاح) is a
 * construct that begins the sentence's next part; but the father's name may be one of
 * the men's names in ة that names.yaml lists (مشكاة سلامة الخالدي).
 */
function opensNounConstruct(ctx: PhraseContext, start: number, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (token.definite || !endsInTaMarbuta(token) || next?.kind !== "word" || !hasArticle(next) || inCompound(ctx, start, i)) return false;
  return !ctx.state.knowledge.names.taMarbutaNames.has(token.folded);
}

/** A sound plural with the article (المواطنين، المسؤولون، الفصائلات): never in a name. */
const DEFINITE_PLURAL = /^ال.{4,}(ين|ون|ات)$/;

/**
 * The sentence going on rather than the name: a title word with the article ("العلاقات"),
 * or a definite noun followed by a definite adjective ("الأطراف اليمنية", "الحداد العام").
 */
function opensNounPhrase(ctx: PhraseContext, start: number, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!token.definite || inCompound(ctx, start, i)) return false;
  if (DEFINITE_PLURAL.test(token.folded)) return true; // "علي العلاق المواطنين"
  const { vocabulary } = ctx.state.knowledge.roles;
  if (vocabulary.hasReading(token) && !ctx.state.knowledge.names.nameSuffixes.has(token.folded)) return true;
  if (next?.kind !== "word" || !next.definite) return false;
  const previous = tokens[i - 1]!;
  // سارة الزعفراني الزنزري، محمد السعيد الشربيني: after a first name, a definite word and a
  // masculine nisba are two family names, not a noun and its adjective (الأطراف اليمنية)
  const twoFamilyNames = token.folded.endsWith("ي") || i === start + 1; // not "سعيد عبد الله دني المسار الانتخابي"
  if ((!previous.definite || inCompound(ctx, start, i - 1)) && twoFamilyNames && !token.folded.endsWith("ه") && next.folded.endsWith("ي") && !vocabulary.has(next.folded) && !vocabulary.has(token.folded)) return false;
  if (ctx.mentionAt.get(i + 1)?.demonym === true || (DEFINITE_ADJECTIVE.test(next.folded) && !stripMarks(next.text).endsWith("ى"))) return true;
  if (!vocabulary.has(next.folded)) return false;
  // "سفيان القضاة التعاون": after a first name, a family name and then the sentence's
  // object (a noun: التعاون), not a noun and its adjective (الحداد العام، الأمن الوطني)
  const afterFirstName = i - 1 >= start && (!previous.definite || inCompound(ctx, start, i - 1)) && !vocabulary.has(token.folded);
  return !afterFirstName || ADJECTIVES.has(next.folded) || next.folded.endsWith("ه") || (next.folded.endsWith("ي") && !stripMarks(next.text).endsWith("ى")); // not القوى
}

/** Adjectives of office words that do not end in ي or ة (folded ه). */
const ADJECTIVES = new Set(["العام", "الاعلي", "الاول", "الخاص", "الدائم", "السابق", "الاسبق", "الجديد", "المكلف", "المؤقت", "المنتخب", "المعين", "المساعد", "الزائر", "المفوض", "المعتمد", "المستقيل", "المقال", "المنتدب"]);
