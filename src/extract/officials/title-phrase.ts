import type { PhraseMatch } from "../lexicon.ts";
import { isBoundary } from "../state.ts";
import type { PhraseContext } from "./context.ts";
import type { RoleForm } from "./roles.ts";
import { endsName, hasArticle, isDefiniteFirstName, isNamePart, isStopWord, knownNameAt, readName } from "./read-name.ts";
import { stripMarks } from "../../text/normalize.ts";
import { nameKey } from "./fixes.ts";
import { isWordTooMany } from "../persons/tagger.ts";

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
  /** Opened by و ("ومدير عام …"): the next item of a list. */
  listed: boolean;
  /** "مستشاريه": serving the person named before, of that person's country. */
  aide?: boolean;
  /**
   * The role nearest the name is a dual or plural ("الرئيسين الأمريكي … والتركي …", "وزيري
   * الطاقة … والخزانة …"): a list of people follows. Its singular's label, and whether office
   * words join it.
   */
  list?: { label: string; portfolio: boolean };
  /**
   * Where a second role joined by و begins ("رئيس مجلس الوزراء ووزير الخارجية"), with the
   * role before it: a name right before the phrase then holds that first role.
   */
  conjoined?: { at: number; role: string };
  /** The title in the genitive of a one-word title ("مستشار الرئيس"): the role of a name the officials file knows. */
  genitiveRole?: string;
}

const LONGEST_PHRASE = 24;

/**
 * Reads the title phrase that starts at `start` with a role word, the way such phrases run in
 * Arabic news: role words, chained ("عضو مجلس الدولة وزير الخارجية"); the country as an
 * adjective or a genitive (الصيني، خارجية طاجيكستان); the office's own words (الخارجية،
 * الزائر); a post (لدى الصين، في بكين); honorifics; then the name.
 */
export function readTitlePhrase(ctx: PhraseContext, start: number): TitlePhrase | undefined {
  const opening = ctx.state.tokens[start];
  if (opening === undefined || !ctx.state.knowledge.roles.opensTitle.at(opening) || isNamePart(ctx, start)) return undefined; // "وعبد الملك الخيبري": no king
  const first = roleAt(ctx, start) ?? officeHeadAt(ctx, start);
  if (!first || (first.direct && !directlyNamed(ctx, first.end))) return undefined;
  const { state } = ctx;
  const { roles } = state.knowledge;
  const phrase: TitlePhrase = {
    start,
    end: first.end,
    role: first.label,
    // a rank before a name stands as an honorific ("الجنرال فاليري غيراسيموف"), but not
    // before a definite word ("الفريق الأهلي": the team)
    honorific: first.rank && isNameLike(ctx, first.end),
    counterpart: first.counterpart,
    listed: first.afterConjunction,
    ...(first.aide ? { aide: true } : {}),
    ...(first.plural ? { list: { label: first.singular, portfolio: first.portfolio } } : {}),
    ...(first.country ? { country: first.country } : {}),
  };
  let i = first.place ? skipGovernedPlace(ctx, start, first.end) : first.end;
  while (i < start + LONGEST_PHRASE) {
    phrase.end = i;
    const token = state.tokens[i];
    const closing = token?.folded === "(" ? closingBracket(ctx, i) : quotedBodyName(ctx, i, i === first.end);
    if (closing !== undefined && token!.folded === "(" && closing - i > 2 && readName(ctx, i + 1)?.end === closing) {
      phrase.nameStart = i + 1; // the name in brackets: "محافظ البنك المركزي الإيراني (محمد رضا فرزين)"
      return phrase;
    }
    if (closing !== undefined) {
      i = closing + 1; // an acronym in brackets: "الاتحاد الأفريقي لكرة القدم (كاف)"; a party in quotes: حزب "القوات اللبنانية"
      continue;
    }
    if (quotedNameEnd(ctx, i) !== undefined) {
      phrase.nameStart = i + 1; // the name in quotes: "السفير الأمريكي السابق في الرياض « جميس سميث »"
      return phrase;
    }
    if (isBoundary(token)) return phrase;
    const whose = i === first.end && !first.direct && isOneIndefiniteWord(ctx, start, first.end) ? knownOfficialAt(ctx, i) : undefined;
    if (whose) {
      // "مستشار خامنئي علي أكبر ولايتي", "مبعوث أوباما جون ألين": whose adviser, whose envoy; a
      // title after that person is theirs ("مستشار ديفيد كاميرون رئيس الوزراء البريطاني")
      phrase.country ??= whose.country;
      i = whose.end;
      if (titleAt(ctx, i)?.role) {
        phrase.end = i;
        return phrase;
      }
      continue;
    }
    const namesake = namesakeAt(ctx, i);
    if (namesake) {
      i = namesake.end; // "مدير جامعة الأمير سطام بن عبدالعزيز الدكتور …": the body's name, not the person's
      phrase.country ??= namesake.country; // "سفارة خادم الحرمين الشريفين": the king's country
      continue;
    }
    const title = titleAt(ctx, i);
    const honorific = title?.honorific;
    const role = title?.role;
    const mention = ctx.mentionAt.get(i);
    const notCountry = ctx.notCountryAt.get(i);
    if (honorific || role?.rank) {
      phrase.honorific = true;
      i = (honorific ?? role)!.end;
    } else if (role?.afterPreposition && token!.folded.startsWith("ل")) {
      phrase.country ??= role.country; // "المستشار السياسي للأمين العام الدكتور مشاري النعيم": whose adviser
      i = role.end;
    } else if (role?.afterPreposition) {
      return phrase; // "وزير الخارجية بالمبعوث الأممي": met with another official
    } else if (role && i === first.end && isOneIndefiniteWord(ctx, start, first.end) && !role.afterConjunction) {
      phrase.country ??= role.country; // "مستشار الرئيس الأمريكي", "سفير خادم الحرمين الشريفين": whose adviser, whose ambassador
      phrase.genitiveRole = role.label;
      i = role.end;
    } else if (role) {
      if (role.afterConjunction) phrase.conjoined ??= { at: i, role: phrase.role };
      phrase.role = role.label;
      if (role.plural) phrase.list = { label: role.singular, portfolio: role.portfolio };
      else delete phrase.list;
      phrase.country ??= role.country;
      i = role.end;
    } else if (mention) {
      if (isCountryFirstName(ctx, phrase, i)) {
        phrase.nameStart = i; // "رئيسة الوزراء الإيطالية جورجيا ميلوني"
        return phrase;
      }
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
    } else if (isGenitiveOfOffice(ctx, i)) {
      i++; // "رئيس ائتلاف دولة القانون": the genitive of an office word without the article
    } else if (GENITIVE_PREPOSITION.test(token!.folded) && titleGoesOn(ctx, i)) {
      i++; // "المفتي العام للقدس والديار الفلسطينية الشيخ محمد حسين"
    } else if (phrase.list && listOpenerEnd(ctx, i) !== undefined) {
      i = listOpenerEnd(ctx, i)!; // "ثلاثة مستشارين رئاسيين، هم …", "وعضوية كل من …"
    } else if (endsName(ctx, i)) {
      if (knownNameAt(ctx, i)) phrase.nameStart = i; // "الرئيس الصيني شي جين بينغ"
      return phrase;
    } else if (opensDefiniteName(ctx, i)) {
      phrase.nameStart = i; // "الوزير الأول الموريتاني المختار ولد اجاي"
      return phrase;
    } else if (!phrase.honorific && token!.definite && (!endsName(ctx, i + 1) || isHostPreposition(ctx, i + 1))) {
      i++; // an office word the vocabulary does not list ("وزير الاقتصاد الرقمي")
    } else if (titleGoesOn(ctx, i)) {
      i++; // an office word the vocabulary does not list, before a rank or honorific
    } else if (isPurposeConstruct(ctx, i)) {
      i++; // "رئيسة المجلس الوطني لحقوق الإنسان آمنة بوعياش": the genitive follows as office words
    } else {
      if (!phrase.honorific && !opensName(ctx, i)) return phrase;
      phrase.nameStart = i;
      return phrase;
    }
  }
  return phrase;
}

/** The words that open the names of a plural title's list: "، هم", "وهم", "كل من", ":". */
const LIST_OPENERS = [["،", "هم"], [",", "هم"], ["هم"], ["وهم"], ["هما"], ["وهما"], ["كل", "من"], [":"]];

function listOpenerEnd(ctx: PhraseContext, i: number): number | undefined {
  const { tokens } = ctx.state;
  const opener = LIST_OPENERS.find((words) => words.every((word, k) => tokens[i + k]?.folded === word));
  return opener && i + opener.length;
}

/** لدى، في، إلى at i: a place where the person serves follows (none past the end of the text). */
function isHostPreposition(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return token !== undefined && ctx.state.knowledge.roles.hostPrepositions.hasReading(token);
}

/** "برئاسة سمو الشيخ …", "بقيادة محمد …", but not "بقيادة المدرب السويسري". */
function directlyNamed(ctx: PhraseContext, i: number): boolean {
  const title = titleAt(ctx, i);
  return title?.honorific !== undefined || title?.role?.rank === true || isNameLike(ctx, i);
}

/**
 * "رئيسة الوزراء الإيطالية جورجيا ميلوني", "وزير الدفاع الإسرائيلي إسرائيل كاتس": after a
 * title that already says whose it is, a country's name that names.yaml lists as a first name
 * too (also_names), without the article and before a word that may stand in a name, is one;
 * so is such a people's adjective (تركي) right after a definite word.
 */
function isCountryFirstName(ctx: PhraseContext, phrase: TitlePhrase, i: number): boolean {
  const mention = ctx.mentionAt.get(i)!;
  const token = ctx.state.tokens[i]!;
  if (mention.start !== i || mention.end !== i + 1 || token.definite) return false;
  if (!ctx.state.knowledge.names.alsoNames.has(token.folded)) return false; // not "زار الرئيس الفرنسي تونس مرتين"
  const next = ctx.state.tokens[i + 1];
  const model = ctx.state.knowledge.personModel;
  // not "زار الرئيس الفرنسي جورجيا بدعوة من …": a word behind a preposition goes on the sentence
  if (!next || next.kind !== "word" || /^[بل]/.test(next.folded) || (model && isWordTooMany(model, next.folded)) || ctx.mentionAt.has(i + 1) || endsName(ctx, i + 1)) return false;
  if (mention.demonym) {
    // "مدير المنتخب تركي الدربي", "العميد تركي المالكي": after a definite word, an adjective
    // would carry the article too (التركي); without it, the word is a name
    const previous = ctx.state.tokens[i - 1];
    return previous?.kind === "word" && hasArticle(previous);
  }
  return phrase.country !== undefined && !hasArticle(next);
}

function isNameLike(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return token?.kind === "word" && !hasArticle(token) && !endsName(ctx, i);
}

/**
 * An honorific or a role at i, whichever is longer: "شيخ عقل الطائفة" is a title, where
 * "الشيخ سامي" is an honorific.
 */
function titleAt(ctx: PhraseContext, i: number): { honorific?: { end: number }; role?: RoleAt } | undefined {
  if (isNamePart(ctx, i)) return undefined;
  const honorific = ctx.state.knowledge.roles.honorifics.matchAt(ctx.state.tokens, i);
  const role = roleAt(ctx, i);
  if (honorific && (!role || role.end <= honorific.end)) return { honorific };
  return role ? { role } : undefined;
}

/** A definite word right after an office word without the article: its genitive (دولة القانون). */
function isGenitiveOfOffice(ctx: PhraseContext, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!token.definite || previous?.kind !== "word" || previous.definite || !hasArticle(token)) return false;
  return ctx.state.knowledge.roles.vocabulary.hasReading(previous) && !ctx.state.knowledge.names.verbs.has(token.folded);
}

/**
 * ل before a noun and its definite genitive, with a name after them (لحقوق الإنسان آمنة،
 * لحماية الوطن): the office's field, not a first name and a family name ("ليلى الشريف قالت").
 */
function isPurposeConstruct(ctx: PhraseContext, i: number): boolean {
  const { tokens } = ctx.state;
  const token = tokens[i]!;
  if (!/^ل[^ل]/.test(token.folded) || token.definite) return false;
  let j = i + 1; // the genitive and its adjectives: "لبرنامج الأغذية العالمي"
  while (j <= i + 3 && tokens[j]?.kind === "word" && hasArticle(tokens[j]!) && !endsName(ctx, j)) j++;
  const after = tokens[j];
  return j > i + 1 && after?.kind === "word" && !hasArticle(after) && !endsName(ctx, j);
}

/**
 * Whether the word after a title can open a name. Not a word behind و that names.yaml does
 * not list as a name ("السفير الفرنسي وباريس"): a conjunction starts the next phrase; nor a
 * noun behind ب or ل ending in ة before a definite word ("رئيس الوزراء بسرعة البت"), which
 * is a construct, not a first name and a family name.
 */
function opensName(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i]!;
  const { names } = ctx.state.knowledge;
  if (/^و[^و]/.test(token.folded) && token.folded.length >= 4 && !names.wawNames.has(token.folded) && !names.alsoNames.has(token.folded.slice(1))) {
    return names.wawNames.has(token.folded.slice(1));
  }
  const next = ctx.state.tokens[i + 1];
  if (/^[بل]/.test(token.folded) && next?.kind === "word" && ctx.state.knowledge.roles.vocabulary.has(next.folded)) return false; // "بحل مجلس"
  return !(/^[بل]..+ة$/u.test(stripMarks(token.text)) && next?.kind === "word" && next.definite);
}

/**
 * A first name that carries the article, as Maghrebi names do (المختار، السعيد، العيد) and
 * foreign names seem to (إليوت): one that names.yaml or given-names.yaml lists, or any definite
 * word right before ولد / بن / أبو.
 */
function opensDefiniteName(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i]!;
  if (!token.definite) return false;
  const { names } = ctx.state.knowledge;
  if (isDefiniteFirstName(ctx, token.folded)) return true;
  const next = ctx.state.tokens[i + 1];
  return next?.kind === "word" && names.lineage.has(next.folded) && next.folded !== "ال";
}

const QUOTES: Record<string, string> = { '"': '"', "«": "»", "“": "”" };
const QUOTE_REACH = 5;

/**
 * حزب "القوات اللبنانية"، زعيم «حزب الله»: after a body's noun, or right after the role word, the
 * body's name in quotes; the closing quote's index. Quotes opening with an honorific hold the
 * person ("مدير المستشفى "الدكتور فيصل علي نصار"").
 */
function quotedBodyName(ctx: PhraseContext, i: number, afterRole: boolean): number | undefined {
  const { tokens } = ctx.state;
  const close = QUOTES[tokens[i]?.folded ?? ""];
  const body = tokens[i - 1];
  if (!close || body?.kind !== "word" || !(afterRole || ctx.state.knowledge.roles.placeNouns.hasReading(body))) return undefined;
  if (ctx.state.knowledge.roles.honorifics.matchAt(tokens, i + 1)) return undefined;
  for (let j = i + 1; j <= i + QUOTE_REACH; j++) {
    const token = tokens[j];
    if (token?.folded === close && j > i + 1) return j;
    if (!token || token.kind !== "word") return undefined;
  }
  return undefined;
}

/** A name the rules read whole between quotes that open at i; the closing quote's index. */
function quotedNameEnd(ctx: PhraseContext, i: number): number | undefined {
  const { tokens } = ctx.state;
  const close = QUOTES[tokens[i]?.folded ?? ""];
  if (!close) return undefined;
  for (let j = i + 2; j <= i + QUOTE_REACH; j++) {
    const token = tokens[j];
    if (token?.folded === close) return readName(ctx, i + 1)?.end === j ? j : undefined;
    if (!token || token.kind !== "word") return undefined;
  }
  return undefined;
}

/**
 * "محافظ جنين كمال أبو الرب", "حاكم ولاية تكساس": a role such as محافظ without the article
 * governs its place, one word after any office words; the name comes after it.
 */
function skipGovernedPlace(ctx: PhraseContext, start: number, end: number): number {
  const { tokens } = ctx.state;
  if (tokens[start]!.definite) return end;
  let i = end;
  const { vocabulary, placeNouns } = ctx.state.knowledge.roles;
  while (!isBoundary(tokens[i]) && vocabulary.hasReading(tokens[i]!)) i++;
  // "محافظ البنك المركزي علي العلاق": office words that name no kind of place name the office
  if (i > start + 1 && !placeNouns.hasReading(tokens[i - 1]!)) return i;
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

/** ل or ب with the article (للقدس، بالخارج): the office's place or field, inside a title. */
const GENITIVE_PREPOSITION = /^[وف]?(لل|بال)../;

/**
 * "المتحدث باسم المجلس الوطني لحماية الوطن العقيد أمادو": words the vocabulary does not list
 * are still the office's when a rank or an honorific follows them closely; the name comes
 * after that.
 */
function titleGoesOn(ctx: PhraseContext, i: number): boolean {
  const { tokens } = ctx.state;
  const { connectors } = ctx.state.knowledge.names;
  for (let j = i + 1; j <= i + LOOKAHEAD; j++) {
    if (isBoundary(tokens[j]) || (endsName(ctx, j - 1) && !GENITIVE_PREPOSITION.test(tokens[j - 1]!.folded))) return false;
    if (connectors.has(tokens[j - 1]!.folded)) return false; // "محمد ولد الشيخ الغزواني" is a name
    const title = titleAt(ctx, j);
    if (title?.honorific && !tokens[j]!.definite && tokens[j]!.folded === "شيخ") return false; // "حسن شيخ محمود"
    if (title?.honorific || title?.role?.rank) {
      // "وزير الخارجية سامح شكري والسيد عمرو موسى": behind و, the honorific opens the next person
      if (title.honorific ? isHonorificBehind(ctx, j, /^و/) : title.role!.afterConjunction) return false;
      // "وزير الدفاع الأمريكي آشتون كارتر بالملك سلمان": behind ب or ل, another person's
      if (title.honorific ? isHonorificBehind(ctx, j, /^[بل]/) : title.role!.afterPreposition) return false;
      const end = (title.honorific ?? title.role)!.end;
      return !isBoundary(tokens[end]) && !endsName(ctx, end);
    }
  }
  return false;
}

/** An honorific at i written behind one of `clitics` ("والسيد" behind و, "بالملك" behind ب). */
function isHonorificBehind(ctx: PhraseContext, i: number, clitics: RegExp): boolean {
  const { folded } = ctx.state.tokens[i]!;
  return clitics.test(folded) && ctx.state.knowledge.roles.honorifics.matchAt(ctx.state.tokens, i)?.reading !== folded;
}

/** "إقليم كوردستان مسرور بارزاني": after إقليم, ولاية … one word is the place's name. */
function skipPlaceName(ctx: PhraseContext, i: number): number {
  const { tokens } = ctx.state;
  const place = tokens[i];
  if (isBoundary(place) || place!.definite || ctx.mentionAt.has(i) || ctx.notCountryAt.has(i)) return i;
  if (endsName(ctx, i) && !isVerbLike(ctx, i)) return i; // "حزب تواصل": a name that reads as a verb
  if (ctx.state.knowledge.roles.vocabulary.hasReading(place!)) return i;
  return isBoundary(tokens[i + 1]) || endsName(ctx, i + 1) ? i : i + 1;
}

/** A word that ends a name only because it reads as a verb (تواصل، نداء). */
function isVerbLike(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i]!;
  const { verbs, stopWords } = ctx.state.knowledge.names;
  return token.readings.some((reading) => verbs.has(reading)) && !token.readings.some((reading) => stopWords.has(reading) && !verbs.has(reading));
}

interface RoleAt extends RoleForm {
  end: number;
  /** The label as the roles file gives it, without the office words (a dual's singular). */
  singular: string;
  /** Written after و: "ووزير الخارجية". */
  afterConjunction: boolean;
  /** Written after ب or ل: "بالمبعوث", "لوزير": another person's title, not this one's. */
  afterPreposition?: boolean;
}

/** A role word at i, with a rank prefix joined to it (نائب + وزير الخارجية) and its portfolio. */
function roleAt(ctx: PhraseContext, i: number): RoleAt | undefined {
  const opening = ctx.state.tokens[i];
  if (opening === undefined || !ctx.state.knowledge.roles.opensTitle.at(opening)) return undefined;
  if (isNamePart(ctx, i) || isNamedAfter(ctx, i)) return undefined;
  const { roles } = ctx.state.knowledge;
  const prefix = roles.rankPrefixes.matchAt(ctx.state.tokens, i);
  const afterPrefix = prefix && roles.lexicon.matchAt(ctx.state.tokens, prefix.end);
  const token = ctx.state.tokens[i]!;
  if (prefix && afterPrefix) {
    const role = withPortfolio(ctx, afterPrefix);
    const label = `${displayOf(ctx, prefix.start, prefix.end, prefix.reading)} ${role.label}`;
    role.rank = false;
    role.label = role.singular = label;
    role.afterConjunction = prefix.reading !== token.folded && token.folded.startsWith("و");
    return role;
  }
  const role = roles.lexicon.matchAt(ctx.state.tokens, i);
  if (!role || (role.value.construct && !opensOffice(ctx, role.end))) return undefined;
  if (roles.adjectival.has(token.folded) && qualifiesNounBefore(ctx, i)) return undefined;
  if ((roles.notRoles.matchAt(ctx.state.tokens, i)?.end ?? 0) >= role.end) return undefined;
  if (role.value.rank && (isGenitiveOfNounBefore(ctx, i) || isStopWordAt(ctx, role.end))) return undefined;
  if (role.value.notInTopics?.some((topic) => ctx.state.topics.includes(topic))) return undefined;
  const proclitics = token.folded.slice(0, token.folded.length - role.reading.length);
  const read = withPortfolio(ctx, role);
  read.afterConjunction = role.reading !== token.folded && token.folded.startsWith("و");
  // لل is ل with the article, its alef dropped: "للأمين" reads as الأمين, of the same length
  const behindLam = token.folded.startsWith("لل") && role.reading.startsWith("ال") && token.folded.slice(2) === role.reading.slice(2);
  read.afterPreposition = /[بل]/.test(proclitics) || behindLam;
  return read;
}

/** How many words an office's head may govern before the honorific: "وكيل إمارة منطقة جازان الدكتور". */
const OFFICE_HEAD_REACH = 6;

/**
 * "وكيل إمارة منطقة جازان الدكتور سعد المقرن", "أمين سوق عكاظ الدكتور جريدي المنصوري": the head
 * of an office (data/roles.yaml office_heads) whose words the lexicon does not know is a title
 * when an honorific and a name follow it in the same clause; its words are the role.
 */
function officeHeadAt(ctx: PhraseContext, i: number): RoleAt | undefined {
  const { tokens, knowledge } = ctx.state;
  const folded = tokens[i]?.folded;
  if (folded === undefined) return undefined;
  const afterConjunction = !knowledge.roles.officeHeads.has(folded) && folded.startsWith("و") && knowledge.roles.officeHeads.has(folded.slice(1));
  if (!afterConjunction && !knowledge.roles.officeHeads.has(folded)) return undefined;
  if (knowledge.roles.notRoles.matchAt(tokens, i)) return undefined; // "عضو الشرف الداعم الأمير …": no office
  for (let j = i + 1; j <= i + OFFICE_HEAD_REACH && !isBoundary(tokens[j]); j++) {
    const namesake = namesakeAt(ctx, j); // "وكيل جامعة الملك عبدالعزيز الدكتور …"
    if (namesake) j = namesake.end;
    const honorific = knowledge.roles.honorifics.matchAt(tokens, j);
    if (honorific) {
      if (j === i + 1 || !isNameLike(ctx, honorific.end)) return undefined;
      const label = displayOf(ctx, i, j, afterConjunction ? folded.slice(1) : folded);
      return { label, singular: label, end: j, portfolio: false, rank: false, construct: false, direct: false, counterpart: false, place: false, plural: false, afterConjunction };
    }
    // "وكيل الجامعة للتطوير الدكتور …": the office's words go on behind ل or ب
    if ((endsName(ctx, j) && !OFFICE_WORD_BEHIND_PREPOSITION.test(tokens[j]?.folded ?? "")) || ctx.mentionAt.has(j)) return undefined;
  }
  return undefined;
}

const OFFICE_WORD_BEHIND_PREPOSITION = /^(?:لل|بال|ل|ب)..../;

/**
 * After a place or body named after a person (جامعة الملك عبدالعزيز, سفارة خادم الحرمين الشريفين):
 * the end of that person's title and name, and the country the title names.
 */
function namesakeAt(ctx: PhraseContext, i: number): { end: number; country?: string } | undefined {
  if (!isNamedAfter(ctx, i)) return undefined;
  const { honorifics, lexicon } = ctx.state.knowledge.roles;
  const role = lexicon.matchAt(ctx.state.tokens, i);
  const title = honorifics.matchAt(ctx.state.tokens, i) ?? role;
  if (!title) return undefined;
  const name = readName(ctx, title.end);
  let end = title.end;
  while (name && end < name.end && !honorifics.matchAt(ctx.state.tokens, end)) end++; // up to the honorific of the person whose title it is
  return { end, ...(role?.value.country ? { country: role.value.country } : {}) };
}

/** An official the officials file knows, named at i in full or by the one word it lists for them. */
function knownOfficialAt(ctx: PhraseContext, i: number): { end: number; country?: string } | undefined {
  const { tokens, knowledge } = ctx.state;
  const token = tokens[i];
  if (token?.kind !== "word") return undefined;
  const span = knownNameAt(ctx, i) ?? { start: i, end: i + 1 };
  const words = tokens.slice(span.start, span.end).map((t) => t.text);
  const fix = knowledge.officials.bySpelling.get(nameKey(words.join(" ")));
  return fix ? { end: span.end, ...(fix.country ? { country: fix.country } : {}) } : undefined;
}

/** A title of one word without the article (للرئيس has it, behind ل): what follows it at once is its genitive. */
function isOneIndefiniteWord(ctx: PhraseContext, start: number, end: number): boolean {
  const token = ctx.state.tokens[start]!;
  return end === start + 1 && !token.definite && !hasArticle(token) && !token.folded.startsWith("لل");
}

/** "مستشفى الملك فهد التخصصي", "كأس الملك", "جامعة الأمير سلطان": a title that names a place or a body. */
function isNamedAfter(ctx: PhraseContext, i: number): boolean {
  const previous = ctx.state.tokens[i - 1];
  if (previous?.folded === "طريق" && ctx.state.tokens[i - 2]?.folded === "عن") return false; // "عن طريق الرئيس التركي": by way of, no road
  return previous !== undefined && ctx.state.knowledge.roles.namedAfter.hasReading(previous);
}

/** A stop word at i other than a preposition of a posting (في، لدى): "المقدم من" is "presented by", "العقيد في الجيش" a colonel. */
function isStopWordAt(ctx: PhraseContext, i: number): boolean {
  const token = ctx.state.tokens[i];
  return token?.kind === "word" && isStopWord(ctx.state.knowledge.names, token) && !ctx.state.knowledge.roles.hostPrepositions.hasReading(token);
}

/** "مدرب الفريق كريستيان جروس": the rank word is the genitive of the noun before, the team. */
function isGenitiveOfNounBefore(ctx: PhraseContext, i: number): boolean {
  const previous = ctx.state.tokens[i - 1];
  return previous !== undefined && ctx.state.knowledge.roles.notRanksAfter.hasReading(previous);
}

/** "الحزب الحاكم", "باستيف\" الحاكم": after a definite noun or a closing quote it is an adjective. */
function qualifiesNounBefore(ctx: PhraseContext, i: number): boolean {
  const previous = ctx.state.tokens[i - 1];
  return previous !== undefined && ((previous.kind === "word" && previous.definite) || (previous.kind === "punct" && /["»”']/.test(previous.folded)));
}

/** A country, a place or an office word after أمير / سلطان / ملك: "أمير قطر", "أمير جازان", "أمير منطقة الرياض". */
function opensOffice(ctx: PhraseContext, i: number): boolean {
  const { tokens, knowledge } = ctx.state;
  const token = tokens[i];
  if (ctx.mentionAt.has(i) || isBoundary(token)) return ctx.mentionAt.has(i);
  return knowledge.roles.vocabulary.hasReading(token!) || knowledge.places.lexicon.matchAt(tokens, i) !== undefined;
}

/** "وزير" + "المالية" → "وزير المالية": the words naming the office join a portfolio role's label. */
function withPortfolio(ctx: PhraseContext, role: PhraseMatch<RoleForm>): RoleAt {
  if (!role.value.portfolio) return roleRead(role.value, role.value.label, role.end);
  let end = role.end;
  while (isPortfolioWord(ctx, end)) {
    // "الأمين العام لمنظمة أوبك": a body's noun, then its one-word name
    end = ctx.state.knowledge.roles.placeNouns.hasReading(ctx.state.tokens[end]!) ? skipPlaceName(ctx, end + 1) : end + 1;
  }
  const named = end > role.end || role.end - role.start > 1;
  // "وزيري الطاقة", "رئيسا لمجلس إدارتها": a dual's or an accusative's label is the singular's with the office words
  const label = role.value.plural || role.value.accusative ? [role.value.label, displayOf(ctx, role.end, end)].join(" ").trim() : named ? displayOf(ctx, role.start, end, role.reading) : role.value.label;
  return roleRead(role.value, label, end);
}

/**
 * A role as read at a place: the form's facts, its label there and where it ends. Built field
 * by field, every one always present, so that every role read has one shape (a spread of forms
 * with different optional fields is slow).
 */
function roleRead(form: RoleForm, label: string, end: number): RoleAt {
  return {
    label,
    portfolio: form.portfolio,
    rank: form.rank,
    construct: form.construct,
    direct: form.direct,
    counterpart: form.counterpart,
    aide: form.aide,
    place: form.place,
    plural: form.plural,
    accusative: form.accusative,
    country: form.country,
    notInTopics: form.notInTopics,
    singular: form.label,
    end,
    afterConjunction: false,
    afterPreposition: undefined,
  };
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
    else if (ctx.state.knowledge.roles.placeNouns.hasReading(token!)) i = skipPlaceName(ctx, i + 1); // "في قطاع غزة"
    else if (vocabulary.hasReading(token!)) i++;
    else break;
  }
  return i === start && !endsName(ctx, i) ? i + 1 : i;
}

/**
 * A title's words as written. `reading`: the form its first word was matched in; a conjunction
 * or preposition joined before it is left out ("ومدير عام" → مدير عام، "ونائب" → نائب).
 */
function displayOf(ctx: PhraseContext, start: number, end: number, reading?: string): string {
  const words = ctx.state.tokens.slice(start, end).filter((t) => t.kind !== "punct").map((t) => t.text);
  const first = ctx.state.tokens[start]!;
  const clitics = reading !== undefined && first.folded.endsWith(reading) ? first.folded.length - reading.length : 0;
  if (clitics > 0) words[0] = stripMarks(words[0]!).slice(clitics);
  return words.join(" ");
}
