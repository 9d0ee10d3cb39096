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
  let i = first.end;
  while (i < start + LONGEST_PHRASE) {
    phrase.end = i;
    const token = state.tokens[i];
    if (isBoundary(token)) return phrase;
    const honorific = roles.honorifics.matchAt(state.tokens, i);
    const role = honorific ? undefined : roleAt(ctx, i);
    const mention = ctx.mentionAt.get(i);
    const notCountry = ctx.notCountryAt.get(i);
    if (honorific || role?.rank) {
      phrase.honorific = true;
      i = (honorific ?? role)!.end;
    } else if (role) {
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
      i++;
    } else if (endsName(ctx, i)) {
      return phrase;
    } else if (!phrase.honorific && token!.definite && !endsName(ctx, i + 1)) {
      i++; // an office word the vocabulary does not list ("وزير الاقتصاد الرقمي")
    } else {
      phrase.nameStart = i;
      return phrase;
    }
  }
  return phrase;
}

interface RoleAt extends RoleForm {
  end: number;
}

/** A role word at i, with a rank prefix joined to it (نائب + وزير الخارجية) and its portfolio. */
function roleAt(ctx: PhraseContext, i: number): RoleAt | undefined {
  const { roles } = ctx.state.knowledge;
  const prefix = roles.rankPrefixes.matchAt(ctx.state.tokens, i);
  const afterPrefix = prefix && roles.lexicon.matchAt(ctx.state.tokens, prefix.end);
  if (prefix && afterPrefix) {
    const role = withPortfolio(ctx, afterPrefix);
    return { ...role, rank: false, label: `${displayOf(ctx, prefix.start, prefix.end)} ${role.label}` };
  }
  const role = roles.lexicon.matchAt(ctx.state.tokens, i);
  if (!role || (role.value.construct && !opensOffice(ctx, role.end))) return undefined;
  return withPortfolio(ctx, role);
}

/** A country or an office word after أمير / سلطان / ملك: "أمير قطر", "أمير منطقة الرياض". */
function opensOffice(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return ctx.mentionAt.has(i) || (!isBoundary(token) && ctx.state.knowledge.roles.vocabulary.hasReading(token!));
}

/** "وزير" + "المالية" → "وزير المالية": the words naming the office join a portfolio role's label. */
function withPortfolio(ctx: PhraseContext, role: PhraseMatch<RoleForm>): RoleAt {
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
