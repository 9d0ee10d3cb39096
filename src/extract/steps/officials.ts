import { phraseContext, type PhraseContext } from "../officials/context.ts";
import { readTitlePhrase, type TitlePhrase } from "../officials/title-phrase.ts";
import { readName, readNameBefore } from "../officials/read-name.ts";
import { stripMarks } from "../../text/normalize.ts";
import { nameKey } from "../officials/fixes.ts";
import type { ExtractState, OfficialMention, Span } from "../state.ts";

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
 * that also stands as the subject of a verb ("وقال وانغ").
 */
export function officials(state: ExtractState): void {
  const ctx = phraseContext(state);
  const candidates = titlePhrases(ctx).flatMap((phrase) => candidateOf(ctx, phrase));
  const full = candidates.filter((c) => c.words.length > 1 || c.phrase.honorific);
  const people = new Map<string, OfficialMention>();
  for (const candidate of full) addMention(ctx, people, candidate);
  for (const candidate of candidates.filter((c) => !full.includes(c))) {
    const person = personByWord(people, candidate.words[0]!);
    if (person) person.spans.push(candidate.span);
    else if (isKnownOrSubject(ctx, candidate)) addMention(ctx, people, candidate);
  }
  state.officials = [...people.values()];
  if (state.officials.length > 0) addShortMentions(ctx, state.officials);
}

function titlePhrases(ctx: PhraseContext): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  for (let i = 0; i < ctx.state.tokens.length; ) {
    const phrase = readTitlePhrase(ctx, i);
    if (phrase?.counterpart) phrase.role = phrases.at(-1)?.role ?? phrase.role;
    if (phrase) phrases.push(phrase);
    i = phrase ? Math.max(phrase.end, i + 1) : i + 1;
  }
  return phrases;
}

function candidateOf(ctx: PhraseContext, phrase: TitlePhrase): Candidate[] {
  const span = phrase.nameStart === undefined ? readNameBefore(ctx, phrase.start) : readName(ctx, phrase.nameStart);
  if (!span) return [];
  const words = ctx.state.tokens.slice(span.start, span.end).map((t) => stripMarks(t.text));
  return [{ phrase: { ...phrase, country: phrase.country ?? delegationCountry(ctx, phrase.start) }, span, words }];
}

/** "ورأس وفد الكويت مساعد وزير الخارجية …": the delegation's country is the official's. */
function delegationCountry(ctx: PhraseContext, roleStart: number): string | undefined {
  const mention = ctx.state.countryMentions.find((m) => m.end === roleStart);
  const cue = mention && ctx.state.tokens[mention.start - 1];
  return cue && ctx.state.knowledge.roles.delegationCues.hasReading(cue) ? mention.code : undefined;
}

function addMention(ctx: PhraseContext, people: Map<string, OfficialMention>, candidate: Candidate): void {
  const name = candidate.words.join(" ");
  const key = nameKey(name);
  const known = people.get(key);
  if (known) {
    known.spans.push(candidate.span);
    known.country ??= candidate.phrase.country;
    return;
  }
  const { role, country } = candidate.phrase;
  people.set(key, { name, role, ...(country ? { country } : {}), spans: [candidate.span] });
}

/** The person whose name begins or ends with this word (وانغ، الناجم). */
function personByWord(people: Map<string, OfficialMention>, word: string): OfficialMention | undefined {
  const key = nameKey(word);
  return [...people.values()].find((person) => {
    const words = nameKey(person.name).split(" ");
    return words[0] === key || words.at(-1) === key;
  });
}

function isKnownOrSubject(ctx: PhraseContext, candidate: Candidate): boolean {
  if (ctx.state.knowledge.officials.bySpelling.has(nameKey(candidate.words[0]!))) return true;
  const folded = ctx.state.tokens[candidate.span.start]!.folded;
  const { verbs } = ctx.state.knowledge.names;
  return ctx.state.tokens.some((token, i) => {
    if (i === candidate.span.start || token.folded !== folded) return false;
    const previous = ctx.state.tokens[i - 1];
    return previous !== undefined && previous.readings.some((reading) => verbs.has(reading));
  });
}

/** Later mentions by the first or last word of the name alone: "وقال وانغ", "السفير الناجم". */
function addShortMentions(ctx: PhraseContext, people: OfficialMention[]): void {
  const byWord = new Map<string, OfficialMention[]>();
  for (const person of people) {
    const words = nameKey(person.name).split(" ");
    for (const word of new Set([words[0]!, words.at(-1)!])) byWord.set(word, [...(byWord.get(word) ?? []), person]);
  }
  ctx.state.tokens.forEach((token, i) => {
    if (token.kind !== "word" || ctx.mentionAt.get(i)?.demonym === false) return;
    for (const reading of token.readings) {
      for (const person of byWord.get(reading) ?? []) {
        if (!person.spans.some((span) => i >= span.start && i < span.end)) person.spans.push({ start: i, end: i + 1 });
      }
    }
  });
}
