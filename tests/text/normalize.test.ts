import { describe, expect, it } from "vitest";
import {
  cliticReadings,
  foldArabic,
  foldDigits,
  isDefiniteAsWritten,
  matchWords,
  stripArticle,
  stripMarks,
  tokenize,
} from "../../src/text/normalize.ts";

describe("foldArabic", () => {
  it("drops diacritics and tatweel", () => {
    expect(foldArabic("عُمَانُ")).toBe("عمان");
    expect(foldArabic("الـصـيـن")).toBe("الصين");
  });

  it("folds alef and hamza forms, ى to ي and ة to ه", () => {
    expect(foldArabic("أإآٱ")).toBe("اااا");
    expect(foldArabic("مصطفى")).toBe("مصطفي");
    expect(foldArabic("مؤتمر")).toBe("موتمر");
    expect(foldArabic("رئيس")).toBe("رييس");
    expect(foldArabic("القمة")).toBe("القمه");
  });

  it("folds Persian letter shapes to Arabic ones", () => {
    expect(foldArabic("کیف")).toBe("كيف");
  });

  it("turns Arabic-Indic and Persian digits into Latin ones", () => {
    expect(foldArabic("٢٠٢٤")).toBe("2024");
    expect(foldDigits("۱۴۰۳")).toBe("1403");
  });

  it("removes invisible direction marks and joiners", () => {
    expect(foldArabic("الصين\u200F")).toBe("الصين");
  });

  it("undoes presentation forms", () => {
    expect(foldArabic("ﻻ")).toBe("لا");
  });

  it("lower-cases Latin letters", () => {
    expect(foldArabic("KUNA")).toBe("kuna");
  });
});

describe("matchWords", () => {
  it("splits folded text into words, dropping punctuation", () => {
    expect(matchWords("وزير الخارجية، وانغ يي.")).toEqual(["وزير", "الخارجيه", "وانغ", "يي"]);
  });
});

describe("tokenize", () => {
  it("keeps the text as written next to its matching form", () => {
    const [token] = tokenize("عمّان");
    expect(token).toMatchObject({ text: "عمّان", folded: "عمان", kind: "word", start: 0, end: 5 });
  });

  it("never puts letters and digits in one token", () => {
    expect(tokenize("الـ55 كوفيد-19").map((t) => [t.folded, t.kind])).toEqual([
      ["ال", "word"],
      ["55", "number"],
      ["كوفيد", "word"],
      ["-", "punct"],
      ["19", "number"],
    ]);
  });

  it("makes each punctuation mark a token of its own", () => {
    expect(tokenize("(كونا)،").map((t) => t.text)).toEqual(["(", "كونا", ")", "،"]);
  });
});

describe("cliticReadings", () => {
  it("splits the conjunctions and prepositions off, keeping the article on the stem", () => {
    expect(cliticReadings("والصين")).toContain("الصين");
    expect(cliticReadings("بالصين")).toContain("الصين");
    expect(cliticReadings("وبالصين")).toContain("الصين");
  });

  it("reads لل as ل + ال", () => {
    expect(cliticReadings("للصين")).toContain("الصين");
    expect(cliticReadings("لليبيا")).toContain("ليبيا");
  });

  it("lists the word itself first, so a name that begins with و or ب still matches as itself", () => {
    expect(cliticReadings("وانغ")[0]).toBe("وانغ");
    expect(cliticReadings("بكين")[0]).toBe("بكين");
  });

  it("never drops the article, so القطر does not read as قطر", () => {
    expect(cliticReadings("القطر")).not.toContain("قطر");
  });

  it("does not cut a word down to a single letter", () => {
    expect(cliticReadings("وب")).toEqual(["وب"]);
  });
});

describe("stripArticle", () => {
  it("strips ال and لل from a word", () => {
    expect(stripArticle("الصين")).toBe("صين");
    expect(stripArticle("للتعاون")).toBe("تعاون");
    expect(stripArticle("ال")).toBe("ال");
  });
});

describe("the display form", () => {
  it("stripMarks drops diacritics and tatweel but keeps the letters as written", () => {
    expect(stripMarks("إِلْهَامُ الـصين")).toBe("إلهام الصين");
  });

  it("isDefiniteAsWritten tells the article from a name that only folds to it", () => {
    expect(isDefiniteAsWritten("والسفير")).toBe(true);
    expect(isDefiniteAsWritten("للتعاون")).toBe(true);
    expect(isDefiniteAsWritten("إلهام")).toBe(false);
    expect(isDefiniteAsWritten("ألينا")).toBe(false);
    expect(isDefiniteAsWritten("سفير")).toBe(false);
  });
});
