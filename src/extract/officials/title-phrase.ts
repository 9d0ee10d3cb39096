import type { PhraseMatch } from "../lexicon.ts";
import { isBoundary } from "../state.ts";
import type { PhraseContext } from "./context.ts";
import type { RoleForm } from "./roles.ts";
import { endsName } from "./read-name.ts";

/** A title phrase read from a role word up to where a name would begin. */
export interface TitlePhrase {
  start: number;
  /** Where reading stopped: the name's first word, or the word that ended the phrase. */
  end: number;
  /** Label of the role nearest the name ("نائب رئيس الوزراء وزير الخارجية" → وزير الخارجية). */
  role: string;
  country?: string;
  /** Set when a name follows the phrase. */
  nameStart?: number;
  /** An honorific (الشيخ، الأمير) stood right before the name: it surely is one. */
  honorific: boolean;
  /** "نظيره": the role is the one of the person named before. */
  counterpart: boolean;
  /**
   * Where a second role joined by و begins ("رئيس مجلس الوزراء ووزير الخارجية"), with the
   * role before it: a name right before the phrase then holds that first role.
   */
  conjoined?: { at: number; role: string };
}

const LONGEST_PHRASE = 24;

/**
 * Reads the title phrase that starts at `start` with a role word, the way such phrases run in
 * Arabic news: role words, chained ("عضو مجلس الدولة وزير الخارجية"); the country as an
 * adjective or a genitive (الصيني، خارجية طاجيكستان); the office's own words (الخارجية،
 * الزائر); a post (لدى الصين، في بكين); honorifics; then the name.
 */
export function readTitlePhrase(ctx: PhraseContext, start: number): TitlePhrase | undefined {
  const first = roleAt(ctx, start);
  if (!first) return undefined;
  const { state } = ctx;
  const { roles } = state.knowledge;
  const phrase: TitlePhrase = {
    start,
    end: first.end,
    role: first.label,
    honorific: false,
    counterpart: first.counterpart,
    ...(first.country ? { country: first.country } : {}),
  };
  let i = first.place ? skipGovernedPlace(ctx, start, first.end) : first.end;
  while (i < start + LONGEST_PHRASE) {
    phrase.end = i;
    const token = state.tokens[i];
    const closing = token?.folded === "(" ? closingBracket(ctx, i) : undefined;
    if (closing !== undefined) {
      i = closing + 1; // an acronym in brackets: "الاتحاد الأفريقي لكرة القدم (كاف)"
      continue;
    }
    if (isBoundary(token)) return phrase;
    const honorific = roles.honorifics.matchAt(state.tokens, i);
    const role = honorific ? undefined : roleAt(ctx, i);
    const mention = ctx.mentionAt.get(i);
    const notCountry = ctx.notCountryAt.get(i);
    if (honorific || role?.rank) {
      phrase.honorific = true;
      i = (honorific ?? role)!.end;
    } else if (role) {
      if (role.afterConjunction) phrase.conjoined ??= { at: i, role: phrase.role };
      phrase.role = role.label;
      phrase.country ??= role.country;
      i = role.end;
    } else if (mention) {
      phrase.country ??= mention.code;
      i = mention.end;
    } else if (notCountry) {
      i = notCountry.end;
    } else if (roles.hostPrepositions.hasReading(token!)) {
      i = skipPostedPlace(ctx, i + 1);
    } else if (roles.vocabulary.hasReading(token!)) {
      i = roles.placeNouns.hasReading(token!) ? skipPlaceName(ctx, i + 1) : i + 1;
    } else if (phrase.honorific && ctx.state.knowledge.names.alsoNames.has(token!.folded)) {
      phrase.nameStart = i; // "الشيخ صباح خالد الحمد الصباح"
      return phrase;
    } else if (endsName(ctx, i)) {
      return phrase;
    } else if (!phrase.honorific && token!.definite && (!endsName(ctx, i + 1) || roles.hostPrepositions.hasReading(state.tokens[i + 1]!))) {
      i++; // an office word the vocabulary does not list ("وزير الاقتصاد الرقمي")
    } else if (titleGoesOn(ctx, i)) {
      i++; // an office word the vocabulary does not list, before a rank or honorific
    } else {
      phrase.nameStart = i;
      return phrase;
    }
  }
  return phrase;
}

/**
 * "محافظ جنين كمال أبو الرب", "حاكم ولاية تكساس": a role such as محافظ without the article
 * governs its place, one word after any office words; the name comes after it.
 */
function skipGovernedPlace(ctx: PhraseContext, start: number, end: number): number {
  const { tokens } = ctx.state;
  if (tokens[start]!.definite) return end;
  let i = end;
  while (!isBoundary(tokens[i]) && ctx.state.knowledge.roles.vocabulary.hasReading(tokens[i]!)) i++;
  const place = tokens[i];
  if (isBoundary(place) || place!.definite || ctx.mentionAt.has(i) || ctx.notCountryAt.has(i) || endsName(ctx, i)) return end;
  return isBoundary(tokens[i + 1]) ? end : i + 1;
}

const BRACKET_REACH = 4;

/** The ")" that closes a short bracket opened at i, on the same line. */
function closingBracket(ctx: PhraseContext, i: number): number | undefined {
  for (let j = i + 1; j <= i + BRACKET_REACH; j++) {
    const token = ctx.state.tokens[j];
    if (token?.folded === ")") return j;
    if (!token || token.kind === "punct") return undefined;
  }
  return undefined;
}

const LOOKAHEAD = 3;

/**
 * "المتحدث باسم المجلس الوطني لحماية الوطن العقيد أمادو": words the vocabulary does not list
 * are still the office's when a rank or an honorific follows them closely; the name comes
 * after that.
 */
function titleGoesOn(ctx: PhraseContext, i: number): boolean {
  const { tokens } = ctx.state;
  const { honorifics } = ctx.state.knowledge.roles;
  for (let j = i + 1; j <= i + LOOKAHEAD; j++) {
    if (isBoundary(tokens[j]) || endsName(ctx, j - 1)) return false;
    const title = honorifics.matchAt(tokens, j) ?? roleAt(ctx, j);
    if (title && (!("rank" in title) || title.rank)) return !isBoundary(tokens[title.end]) && !endsName(ctx, title.end);
  }
  return false;
}

/** "إقليم كوردستان مسرور بارزاني": after إقليم, ولاية … one word is the place's name. */
function skipPlaceName(ctx: PhraseContext, i: number): number {
  const { tokens } = ctx.state;
  const place = tokens[i];
  if (isBoundary(place) || place!.definite || ctx.mentionAt.has(i) || ctx.notCountryAt.has(i) || endsName(ctx, i)) return i;
  if (ctx.state.knowledge.roles.vocabulary.hasReading(place!)) return i;
  return isBoundary(tokens[i + 1]) || endsName(ctx, i + 1) ? i : i + 1;
}

interface RoleAt extends RoleForm {
  end: number;
  /** Written after و: "ووزير الخارجية". */
  afterConjunction: boolean;
}

/** A role word at i, with a rank prefix joined to it (نائب + وزير الخارجية) and its portfolio. */
function roleAt(ctx: PhraseContext, i: number): RoleAt | undefined {
  const { roles } = ctx.state.knowledge;
  const prefix = roles.rankPrefixes.matchAt(ctx.state.tokens, i);
  const afterPrefix = prefix && roles.lexicon.matchAt(ctx.state.tokens, prefix.end);
  const token = ctx.state.tokens[i]!;
  if (prefix && afterPrefix) {
    const role = withPortfolio(ctx, afterPrefix);
    const afterConjunction = prefix.reading !== token.folded && token.folded.startsWith("و");
    return { ...role, rank: false, label: `${displayOf(ctx, prefix.start, prefix.end)} ${role.label}`, afterConjunction };
  }
  const role = roles.lexicon.matchAt(ctx.state.tokens, i);
  if (!role || (role.value.construct && !opensOffice(ctx, role.end))) return undefined;
  if (roles.adjectival.has(token.folded) && qualifiesNounBefore(ctx, i)) return undefined;
  return { ...withPortfolio(ctx, role), afterConjunction: role.reading !== token.folded && token.folded.startsWith("و") };
}

/** "الحزب الحاكم", "باستيف\" الحاكم": after a definite noun or a closing quote it is an adjective. */
function qualifiesNounBefore(ctx: PhraseContext, i: number): boolean {
  const previous = ctx.state.tokens[i - 1];
  return previous !== undefined && ((previous.kind === "word" && previous.definite) || (previous.kind === "punct" && /["»”']/.test(previous.folded)));
}

/** A country or an office word after أمير / سلطان / ملك: "أمير قطر", "أمير منطقة الرياض". */
function opensOffice(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return ctx.mentionAt.has(i) || (!isBoundary(token) && ctx.state.knowledge.roles.vocabulary.hasReading(token!));
}

/** "وزير" + "المالية" → "وزير المالية": the words naming the office join a portfolio role's label. */
function withPortfolio(ctx: PhraseContext, role: PhraseMatch<RoleForm>): Omit<RoleAt, "afterConjunction"> {
  if (!role.value.portfolio) return { ...role.value, end: role.end };
  let end = role.end;
  while (isPortfolioWord(ctx, end)) end++;
  const named = end > role.end || role.end - role.start > 1;
  const label = named ? displayOf(ctx, role.start, end) : role.value.label;
  return { ...role.value, label, end };
}

function isPortfolioWord(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  if (isBoundary(token) || ctx.mentionAt.has(i) || ctx.notCountryAt.has(i)) return false;
  const { vocabulary, hostPrepositions } = ctx.state.knowledge.roles;
  return vocabulary.hasReading(token!) && !hostPrepositions.hasReading(token!);
}

/** A word with ب or ل joined to it (بوزارة، للشؤون) attaches to the title, not to the place. */
const JOINED_PREPOSITION = /^[وف]?[بل]/;

/**
 * After لدى، في، إلى، لشؤون: where the person serves, which is not whose official they are.
 * A country, a look-alike (الأمم المتحدة) or known words are read as far as they go, up to a
 * word with a joined preposition; failing those, one word (a city: "في بكين").
 */
function skipPostedPlace(ctx: PhraseContext, start: number): number {
  const { vocabulary } = ctx.state.knowledge.roles;
  let i = start;
  for (;;) {
    const token = ctx.state.tokens[i];
    const span = ctx.mentionAt.get(i) ?? ctx.notCountryAt.get(i);
    if (span) i = span.end;
    else if (isBoundary(token) || (i > start && JOINED_PREPOSITION.test(token!.folded))) break;
    else if (vocabulary.hasReading(token!)) i++;
    else break;
  }
  return i === start && !endsName(ctx, i) ? i + 1 : i;
}

function displayOf(ctx: PhraseContext, start: number, end: number): string {
  return ctx.state.tokens.slice(start, end).filter((t) => t.kind !== "punct").map((t) => t.text).join(" ");
}
