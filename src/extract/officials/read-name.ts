import { stripMarks } from "../../text/normalize.ts";
import { isBoundary, type ArticleToken, type Span } from "../state.ts";
import type { PhraseContext } from "./context.ts";
import type { NameKnowledge } from "./names.ts";

const LONGEST_NAME = 6;

/** A preposition or ك joined to the article (بالقرار، للصين): never part of a name. */
const PREPOSITION_WITH_ARTICLE = /^[وف]?(بال|لل|كال)../;

/** A nisba adjective with the article (الثنائية، اليمنية): it qualifies the noun before it. */
const DEFINITE_ADJECTIVE = /^ال..+يه?$/;

/** True when the token at i cannot stand in a person's name, so a name ends before it. */
export function endsName(ctx: PhraseContext, i: number): boolean {
  const { state } = ctx;
  const token = state.tokens[i];
  if (isBoundary(token) || token!.kind === "number") return true;
  const { names, roles } = state.knowledge;
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
 * ف + يصل.
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
    if (index > 0 && (token.folded.length - reading.length !== 1 || (/^[يت]/.test(reading) && names.verbs.has(reading)))) return false;
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
    !endsName(ctx, end) &&
    !endsAfterFamilyName(ctx, start, end) &&
    !endsAfterLineage(ctx, start, end)
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

/** Marks that set a title in apposition after a name: "قال سيرغي لافروف، وزير الخارجية الروسي". */
const APPOSITION = new Set(["،", ",", "-", "–", "("]);
const SHORTEST_APPOSED_NAME = 2;

/**
 * The name a title follows in apposition: two to six words right before the comma, after a
 * word that cannot be in a name (the verb), the first of them without the article.
 */
export function readNameBefore(ctx: PhraseContext, titleStart: number): Span | undefined {
  const mark = ctx.state.tokens[titleStart - 1];
  if (mark?.kind !== "punct" || !APPOSITION.has(mark.folded)) return undefined;
  const end = titleStart - 1;
  let start = end;
  while (start > end - LONGEST_NAME && start > 0 && !endsName(ctx, start - 1) && !ctx.mentionAt.has(start - 1)) start--;
  const enclosed = start > end - LONGEST_NAME || start === 0;
  if (!enclosed || end - start < SHORTEST_APPOSED_NAME || ctx.state.tokens[start]!.definite) return undefined;
  return readName(ctx, start)?.end === end ? { start, end } : undefined;
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
 * lineage word continues: "محمد بن سلمان آل سعود", but "محمد بن سلمان ضيوفه" ends at سلمان.
 */
function endsAfterLineage(ctx: PhraseContext, start: number, i: number): boolean {
  const { lineage, connectors } = ctx.state.knowledge.names;
  const folded = (at: number) => (at >= start ? ctx.state.tokens[at]!.folded : "");
  if (lineage.has(folded(i)) || connectors.has(folded(i - 1))) return false;
  return lineage.has(folded(i - 2)) || (lineage.has(folded(i - 3)) && connectors.has(folded(i - 2)));
}

/** The word at i completes a compound name: الدين in نور الدين, or a word after عبد / أبو / بن. */
function inCompound(ctx: PhraseContext, start: number, i: number): boolean {
  const { connectors, compoundParts } = ctx.state.knowledge.names;
  return compoundParts.has(ctx.state.tokens[i]!.folded) || (i > start && connectors.has(ctx.state.tokens[i - 1]!.folded));
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
  return ctx.mentionAt.get(i + 1)?.demonym === true || DEFINITE_ADJECTIVE.test(next.folded) || vocabulary.has(next.folded);
}
