/**
 * A story of any length dense in titles, names, countries and dates, as a news wire would
 * write them, with names varied so that an article names many different people.
 */
const FIRST_NAMES = ["محمد", "أحمد", "سامي", "خالد", "فيصل", "يوسف", "كريم", "نبيل", "طارق", "ماجد", "عمر", "حسن", "ناصر", "وليد", "جاسم", "بدر"];
const FAMILY_NAMES = ["الناجم", "العتيبي", "بن سالم", "الحربي", "منصور", "الخطيب", "الزعبي", "داود", "القحطاني", "عيسى", "الشمري", "حداد"];
const FOREIGN_NAMES = ["وانغ يي", "دونالد ترامب", "سيرغي لافروف", "أنالينا بيربوك", "تشانغ هوا", "ماكي سال", "هاكان فيدان", "جيمس جيفري"];
const ROLES = ["وزير الخارجية", "رئيس الوزراء", "وزير المالية", "سفير", "الرئيس", "وزير الدفاع", "رئيس مجلس النواب", "المتحدث باسم الحكومة"];
const DEMONYMS = ["الصيني", "الأمريكي", "الروسي", "الكويتي", "السعودي", "المصري", "التركي", "الأردني", "الفرنسي", "الياباني"];
const PLACES = ["واشنطن", "بكين", "الكويت", "الرياض", "القاهرة", "أنقرة", "موسكو", "باريس", "طوكيو", "عمان"];
const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** The n-th sentence: two officials, three places, a date, a later short mention. */
function sentence(n: number): string {
  const name = `${pick(FIRST_NAMES, n)} ${pick(FAMILY_NAMES, Math.floor(n / FIRST_NAMES.length))}`;
  const foreign = pick(FOREIGN_NAMES, n * 7);
  const date = `${(n % 28) + 1} ${pick(MONTHS, n)} ${2000 + (n % 25)}`;
  return (
    `قال ${pick(ROLES, n)} ${pick(DEMONYMS, n)} ${name} في ${pick(PLACES, n * 3)} يوم ${date} إن ` +
    `${pick(ROLES, n + 3)} ${pick(DEMONYMS, n + 5)} ${foreign} زار ${pick(PLACES, n + 1)}، ` +
    `وأضاف ${name.split(" ")[0]} أن العلاقات مع ${pick(PLACES, n + 4)} متينة.`
  );
}

const SENTENCES_PER_PARAGRAPH = 4;

/** A .txt article of about `bytes` bytes of UTF-8: a headline, then paragraphs of such sentences. */
export function denseArticle(bytes: number): string {
  const lines = ["وزير الخارجية الصيني وانغ يي يزور الكويت"];
  let size = Buffer.byteLength(lines[0]!);
  for (let n = 0; size < bytes; n += SENTENCES_PER_PARAGRAPH) {
    const paragraph = Array.from({ length: SENTENCES_PER_PARAGRAPH }, (_, k) => sentence(n + k)).join(" ");
    lines.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return lines.join("\n");
}

const SYLLABLES = ["بار", "كو", "مي", "دان", "سو", "لي", "تار", "نو", "زي", "فو", "غا", "رو"];

/** A family name no other sentence uses: بار، كو … باركو … */
function newFamilyName(n: number): string {
  let name = "";
  do {
    name += pick(SYLLABLES, n);
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return name + "ي";
}

/** A story of about `bytes` bytes in which every sentence names another official, all of them sharing four first names. */
export function manyOfficialsArticle(bytes: number): string {
  const lines = ["وزراء يزورون الكويت"];
  for (let n = 0, size = 0; size < bytes; n++) {
    const line = `قال وزير الخارجية الكويتي ${pick(FIRST_NAMES, n % 4)} ${newFamilyName(n)} في الكويت إن ${pick(FIRST_NAMES, (n + 1) % 4)} سيزور الرياض.`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}

/**
 * A page of about `bytes` bytes of lists of other stories' headlines, each under "اقرأ أيضا",
 * between a first and a last paragraph of the story.
 */
export function readAlsoPage(bytes: number): string {
  const lines = ["الوزير يزور الصين في جولة آسيوية", "قال الوزير إن الزيارة مهمة للعلاقات بين البلدين."];
  for (let n = 0, size = 0; size < bytes; n++) {
    const list = ["اقرأ أيضا", `الوزير يلتقي نظيره الصيني في اللقاء ${n}`, "بكين ترحب بالتعاون مع الكويت"].join("\n");
    lines.push(list);
    size += Buffer.byteLength(list) + 1;
  }
  lines.push("وأضاف الوزير أن البلدين يعملان معا.");
  return lines.join("\n");
}
