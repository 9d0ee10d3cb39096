import { stripMarks } from "../../text/normalize.ts";
import { isBoundary, type ArticleToken, type Span } from "../state.ts";
import type { PhraseContext } from "./context.ts";
import type { NameKnowledge } from "./names.ts";

const LONGEST_NAME = 8;

/** A preposition joined to the article (بالقرار، للصين): never part of a name. Not ك: كالاس, كاليفورنيا. */
const PREPOSITION_WITH_ARTICLE = /^[وف]?(بال|لل)../;

/** A nisba adjective with the article (الثنائية، اليمنية): it qualifies the noun before it. */
const DEFINITE_ADJECTIVE = /^ال..+يه?$/;

/** True when the token at i cannot stand in a person's name, so a name ends before it. */
export function endsName(ctx: PhraseContext, i: number): boolean {
  const { state } = ctx;
  const token = state.tokens[i];
  if (isBoundary(token) || token!.kind === "number") return !isJoiningHyphen(ctx, i);
  const { names, roles } = state.knowledge;
  if (names.connectors.has(token!.folded)) return false;
  if (names.writtenWords.has(stripMarks(token!.text))) return true;
  if (isStopWord(names, token!)) return true;
  if (PREPOSITION_WITH_ARTICLE.test(token!.folded)) return true;
  const mention = ctx.mentionAt.get(i);
  if ((mention && !mention.demonym) || ctx.notCountryAt.has(i)) return true;
  const role = roles.lexicon.matchAt(state.tokens, i);
  return role !== undefined && !role.value.construct;
}

/**
 * A stop word as written or behind one proclitic ("لنظيره", "وقال", "بتصريحات"); but not a
 * present-tense verb behind one, because names begin with those letters too: فيصل is not
 * ف + يصل; nor anything behind ك, which opens many names: كامل is not ك + أمل.
 */
function isStopWord(names: NameKnowledge, token: ArticleToken): boolean {
  let stop = names.stopMemo.get(token.folded);
  if (stop === undefined) {
    if (names.stopMemo.size >= STOP_MEMO_LIMIT) names.stopMemo.clear();
    stop = readsAsStopWord(names, token);
    names.stopMemo.set(token.folded, stop);
  }
  return stop;
}

const STOP_MEMO_LIMIT = 100_000;

function readsAsStopWord(names: NameKnowledge, token: ArticleToken): boolean {
  return token.readings.some((reading, index) => {
    if (index > 0 && (token.folded.length - reading.length !== 1 || token.folded.startsWith("ك") || (/^[يت]/.test(reading) && names.verbs.has(reading)))) return false;
    if (index > 0 && !/^[وف]/.test(token.folded) && names.verbs.has(reading)) return false; // باقر is not ب + أقر
    return names.stopWords.has(reading) || names.shapes.some((shape) => shape.test(reading));
  });
}

/**
 * The name that starts at `start`: words up to the first that cannot be in a name, at most
 * six. A demonym may close it as a family name (محمد شياع السوداني) but not open or cross it.
 */
export function readName(ctx: PhraseContext, start: number): Span | undefined {
  const { connectors } = ctx.state.knowledge.names;
  let end = start;
  while (
    end < start + LONGEST_NAME &&
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
    if (end > start && opensNounPhrase(ctx, start, end)) {
      if (end - 1 > start && endsWithTaMarbuta(ctx, end - 1)) end--; // "متانة العلاقات الثنائية"
      break;
    }
    end++;
  }
  while (end > start && connectors.has(ctx.state.tokens[end - 1]!.folded)) end--;
  return end > start ? { start, end } : undefined;
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
  if (end - start < SHORTEST_APPOSED_NAME || ctx.state.tokens[start]!.definite) return undefined;
  return readName(ctx, start)?.end === end ? { start, end } : undefined;
}

/** An honorific (الشيخ، صاحب السمو، الدكتور) ends right before i. */
export function honorificEndsAt(ctx: PhraseContext, i: number): boolean {
  const { honorifics } = ctx.state.knowledge.roles;
  for (let from = Math.max(0, i - 3); from < i; from++) {
    if (honorifics.matchAt(ctx.state.tokens, from)?.end === i) return true;
  }
  return false;
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
  if (!previous.definite || token.definite || ctx.state.knowledge.names.connectors.has(token.folded)) {
    return false;
  }
  return !inCompound(ctx, start, i - 1);
}

/**
 * After بن or آل and the name it introduces (one word, or عبد + one word), only another
 * lineage word or one family name continues: "محمد بن سلمان آل سعود", "وليد بن عبدالكريم
 * الخريجي", but "محمد بن سلمان ضيوفه" ends at سلمان.
 */
function endsAfterLineage(ctx: PhraseContext, start: number, i: number): boolean {
  const { lineage, connectors } = ctx.state.knowledge.names;
  const folded = (at: number) => (at >= start ? ctx.state.tokens[at]!.folded : "");
  if (lineage.has(folded(i)) || connectors.has(folded(i - 1))) return false;
  const lineageAt = (at: number) => (lineage.has(folded(at - 2)) ? at - 2 : lineage.has(folded(at - 3)) && connectors.has(folded(at - 2)) ? at - 3 : -1);
  const parent = (at: number) => lineageAt(at) >= 0 && folded(lineageAt(at)) !== FAMILY;
  if (lineageAt(i) >= 0) return !(parent(i) && isFamilyName(ctx, i));
  return i - 1 > start && parent(i - 1) && isFamilyName(ctx, i - 1);
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
  /^(?:[وف]?[بل]?إ|ا)[^ا]{2}ا[^ا]$/u, // إرسال، لإعلان، وإطلاق (not باعلال، بايتاس)
  /^[وف]?[بل]?.{2,}(ها|هم|هما)$/u, // وفرقها، بلادهم
  /^[وف]?[بل]?[إا][^ا]{2}ا[^ا]ه$/u, // وإمهاله، بإعلانه
  /^[وف]?[بل].{3,}ه$/u, // بانتخابه، لزيارته
  /^ف[^اي][^ا].$/u, // فكتب، فقال
];

/** The word at i completes a compound name: الدين in نور الدين, or a word after عبد / أبو / بن. */
function inCompound(ctx: PhraseContext, start: number, i: number): boolean {
  const { connectors, compoundParts } = ctx.state.knowledge.names;
  const previous = i > start ? ctx.state.tokens[i - 1]! : undefined;
  return compoundParts.has(ctx.state.tokens[i]!.folded) || (previous !== undefined && previous.readings.some((r) => connectors.has(r)));
}

function endsWithTaMarbuta(ctx: PhraseContext, i: number): boolean {
  return stripMarks(ctx.state.tokens[i]!.text).endsWith("ة");
}

/**
 * The sentence going on rather than the name: a title word with the article ("العلاقات"),
 * or a definite noun followed by a definite adjective ("الأطراف اليمنية", "الحداد العام").
 */
function opensNounPhrase(ctx: PhraseContext, start: number, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (!token.definite || inCompound(ctx, start, i)) return false;
  const { vocabulary } = ctx.state.knowledge.roles;
  if (vocabulary.hasReading(token) && !ctx.state.knowledge.names.nameSuffixes.has(token.folded)) return true;
  if (next?.kind !== "word" || !next.definite) return false;
  const previous = tokens[i - 1]!;
  if ((!previous.definite || inCompound(ctx, start, i - 1)) && token.folded.endsWith("ي") && next.folded.endsWith("ي") && !vocabulary.has(next.folded)) return false; // سارة الزعفراني الزنزري
  return ctx.mentionAt.get(i + 1)?.demonym === true || DEFINITE_ADJECTIVE.test(next.folded) || vocabulary.has(next.folded);
}
