import { describe, expect, it } from "vitest";
import { typoApart, unifyOfficials } from "../../src/archive/identities.ts";
import { compileKnowledge, loadKnowledgeData, mergeData, type KnowledgeData } from "../../src/extract/knowledge.ts";
import type { ArticleRecord, Official } from "../../src/record.ts";

const shipped = compileKnowledge(loadKnowledgeData());

function withOfficials(file: string, ...officials: Official[]): ArticleRecord {
  return { id: file, file, title: file, paragraphs: [], countries: [], officials, dates: [], topics: [] };
}

/** The person each official of each record is, across the archive. */
function names(records: ArticleRecord[]): string[][] {
  return records.map((r) => r.officials.map((o) => `${o.person ?? o.name}|${o.country ?? ""}`));
}

describe("unifyOfficials", () => {
  it("merges spellings one letter apart with the same country, the most mentioned spelling winning", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "جاسم الناجم", role: "سفير", country: "KW", mentions: 4 }),
        withOfficials("b", { name: "جسام الناجم", role: "سفير", country: "KW", mentions: 1 }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["جاسم الناجم|KW"], ["جاسم الناجم|KW"]]);
    expect(records[1]!.officials[0]).toMatchObject({ role: "سفير", aliases: ["جسام الناجم"] });
  });

  it("gives a person named without a country in some stories the country their titles give elsewhere", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "عيدروس الزبيدي", role: "رئيس المجلس", country: "SA", countryInferred: true, mentions: 5 }),
        withOfficials("b", { name: "عيدروس الزبيدي", role: "رئيس المجلس", country: "YE" }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["عيدروس الزبيدي|YE"], ["عيدروس الزبيدي|YE"]]);
    expect(records[0]!.officials[0]!.countryInferred).toBeUndefined();
  });

  it("keeps apart two people of one name whose countries were both only inferred, or both given by titles", () => {
    const inferred = unifyOfficials(
      [withOfficials("a", { name: "محمد العلي", country: "SA", countryInferred: true }), withOfficials("b", { name: "محمد العلي", country: "KW", countryInferred: true })],
      shipped,
    );
    expect(names(inferred)).toEqual([["محمد العلي|SA"], ["محمد العلي|KW"]]);
    const titled = unifyOfficials([withOfficials("a", { name: "محمد العلي", country: "SA" }), withOfficials("b", { name: "محمد العلي", country: "KW" })], shipped);
    expect(names(titled)).toEqual([["محمد العلي|SA"], ["محمد العلي|KW"]]);
  });

  it("folds a name read with a word too many into the person named in more articles, and keeps a longer name of the same person's line apart", () => {
    const nasser = (file: string, name: string) => withOfficials(file, { name, role: "الرئيس", country: "EG" });
    const records = unifyOfficials([nasser("a", "جمال عبد الناصر"), nasser("b", "جمال عبد الناصر"), nasser("c", "جمال عبد الناصر يأمر")], shipped);
    expect(records[2]!.officials).toMatchObject([{ name: "جمال عبد الناصر", country: "EG" }]);
    const bush = (file: string, name: string) => withOfficials(file, { name, role: "الرئيس", country: "US" });
    const sons = unifyOfficials([bush("a", "جورج بوش"), bush("b", "جورج بوش"), bush("c", "جورج بوش الابن")], shipped);
    expect(sons[2]!.officials[0]!.person ?? sons[2]!.officials[0]!.name).toBe("جورج بوش الابن");
  });

  it("joins a name with its lineage to the name without it, and takes the country a title gives", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "عادل الجبير", role: "وزير الخارجية", country: "SA", mentions: 3 }),
        withOfficials("b", { name: "عادل بن أحمد الجبير", role: "وزير الخارجية", country: "IT", countryInferred: true }),
        withOfficials("c", { name: "خالد بن فهد بن عبدالعزيز", role: "أمير منطقة", country: "SA" }),
        withOfficials("d", { name: "خالد عبدالعزيز", role: "مدير", country: "SA" }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["عادل الجبير|SA"], ["عادل الجبير|SA"], ["خالد بن فهد بن عبدالعزيز|SA"], ["خالد عبدالعزيز|SA"]]);
  });

  it("joins عبد العزيز written as one word or two", () => {
    const prince = (file: string, name: string) => withOfficials(file, { name, role: "الأمير", country: "SA" });
    const records = unifyOfficials([prince("a", "فيصل بن خالد بن عبدالعزيز"), prince("b", "فيصل بن خالد بن عبد العزيز")], shipped);
    expect(new Set(names(records).flat()).size).toBe(1);
  });

  it("joins a transliteration whose country was only inferred to the spelling a title gives a country", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "فلاديمير بوتين", role: "الرئيس", country: "RU", mentions: 4 }),
        withOfficials("b", { name: "فلاديمير بوتن", role: "الرئيس", country: "SY", countryInferred: true }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["فلاديمير بوتين|RU"], ["فلاديمير بوتين|RU"]]);
  });

  it("breaks a tie in mentions by code-point order, so the result never depends on file order", () => {
    const a = withOfficials("a", { name: "جسام الناجم", country: "KW" });
    const b = withOfficials("b", { name: "جاسم الناجم", country: "KW" });
    expect(names(unifyOfficials([a, b], shipped))).toEqual(names(unifyOfficials([b, a], shipped)).reverse());
    const [first] = unifyOfficials([a, b], shipped)[0]!.officials;
    expect(first!.person ?? first!.name).toBe("جاسم الناجم");
  });

  it("joins transliterations of one foreign name (بوتين/بوتن، ترامب/ترمب) but not a longer name that begins the same", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "فلاديمير بوتين", role: "الرئيس", country: "RU", mentions: 5 }),
        withOfficials("b", { name: "فلاديمير بوتن", role: "الرئيس", country: "RU", mentions: 2 }),
        withOfficials("c", { name: "ماريا تيريزا غونزاليس", role: "وزيرة الخارجية", country: "ES", mentions: 1 }),
        withOfficials("d", { name: "ماريا تريزا جونزاليس", role: "وزيرة الخارجية", country: "ES", mentions: 3 }),
        withOfficials("e", { name: "بوتينا", role: "الرئيس", country: "RU", mentions: 1 }),
        withOfficials("f", { name: "بوتين", role: "الرئيس", country: "RU", mentions: 1 }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["فلاديمير بوتين|RU"], ["فلاديمير بوتين|RU"], ["ماريا تريزا جونزاليس|ES"], ["ماريا تريزا جونزاليس|ES"], ["بوتينا|RU"], ["فلاديمير بوتين|RU"]]);
    expect(records[1]!.officials[0]!.aliases).toContain("فلاديمير بوتن");
    expect(records[1]!.officials[0]).toMatchObject({ name: "فلاديمير بوتن", person: "فلاديمير بوتين" }); // as the article wrote it
  });

  it("keeps people of different countries apart", () => {
    const records = unifyOfficials(
      [withOfficials("a", { name: "محمد الجاسم", country: "KW" }), withOfficials("b", { name: "محمد الجاسمي", country: "AE" })],
      shipped,
    );
    expect(names(records)).toEqual([["محمد الجاسم|KW"], ["محمد الجاسمي|AE"]]);
  });

  it("keeps apart roles that share nothing", () => {
    const records = unifyOfficials(
      [
        withOfficials("a", { name: "سالم العلي", role: "سفير", country: "KW" }),
        withOfficials("b", { name: "سالم العلى", role: "وزير المالية", country: "KW" }),
      ],
      shipped,
    );
    expect(names(records)).toEqual([["سالم العلي|KW"], ["سالم العلي|KW"]]);
    const apart = unifyOfficials(
      [
        withOfficials("a", { name: "سالم الكندري", role: "سفير", country: "KW" }),
        withOfficials("b", { name: "سالم الكندي", role: "وزير المالية", country: "KW" }),
      ],
      shipped,
    );
    expect(names(apart)).toEqual([["سالم الكندري|KW"], ["سالم الكندي|KW"]]);
  });

  it("gives a country to the same name met once without one", () => {
    const records = unifyOfficials(
      [withOfficials("a", { name: "وانغ يي", country: "CN" }), withOfficials("b", { name: "وانغ يي", role: "وزير الخارجية" })],
      shipped,
    );
    expect(names(records)).toEqual([["وانغ يي|CN"], ["وانغ يي|CN"]]);
  });

  it("follows data/officials.yaml: a canonical name, aliases and a country", () => {
    const knowledge = compileKnowledge(
      mergeData(loadKnowledgeData(), {
        officials: { officials: [{ name: "محمد بن سلمان", aliases: ["محمد بن سلمان آل سعود"], country: "SA" }] },
      }) as KnowledgeData,
    );
    const records = unifyOfficials(
      [withOfficials("a", { name: "محمد بن سلمان آل سعود" }), withOfficials("b", { name: "محمد بن سلمان", country: "SA" })],
      knowledge,
    );
    expect(names(records)).toEqual([["محمد بن سلمان|SA"], ["محمد بن سلمان|SA"]]);
  });

  it("keeps apart what data/officials.yaml says are two people", () => {
    const knowledge = compileKnowledge(
      mergeData(loadKnowledgeData(), { officials: { keep_apart: [["جاسم الناجم", "جسام الناجم"]] } }) as KnowledgeData,
    );
    const records = unifyOfficials(
      [withOfficials("a", { name: "جاسم الناجم", country: "KW" }), withOfficials("b", { name: "جسام الناجم", country: "KW" })],
      knowledge,
    );
    expect(names(records)).toEqual([["جاسم الناجم|KW"], ["جسام الناجم|KW"]]);
  });

  it("lists one person once in an article that spells them two ways", () => {
    const records = unifyOfficials(
      [withOfficials("a", { name: "جاسم الناجم", country: "KW", mentions: 2 }, { name: "جسام الناجم", country: "KW", mentions: 1 })],
      shipped,
    );
    expect(records[0]!.officials).toEqual([{ name: "جاسم الناجم", country: "KW", aliases: ["جسام الناجم"], mentions: 3 }]);
  });
});

describe("typoApart", () => {
  it("finds two letters swapped, or one added or dropped inside a word", () => {
    expect(typoApart("جاسم الناجم", "جسام الناجم")).toBe(true);
    expect(typoApart("جاسم الناجم", "جاسم الناجمي")).toBe(true);
    expect(typoApart("خالد مشعل", "خالد مشعلل")).toBe(true);
  });

  it("takes a changed letter, or a changed first letter, for another person's name", () => {
    expect(typoApart("جاسم الناجم", "قاسم الناجم")).toBe(false);
    expect(typoApart("احمد الزهراني", "محمد الزهراني")).toBe(false);
    expect(typoApart("احمد الزهراني", "احمد الشهراني")).toBe(false);
    expect(typoApart("جاسم الناجم", "جاسم الناظر")).toBe(false);
    expect(typoApart("حمد العلي", "احمد العلي")).toBe(false);
  });

  it("does not take short names one letter apart for one name", () => {
    expect(typoApart("علي", "على")).toBe(false);
  });
});
