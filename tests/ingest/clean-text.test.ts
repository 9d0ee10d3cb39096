import { describe, expect, it } from "vitest";
import { cleanLine, cleanText } from "../../src/ingest/clean-text.ts";

describe("display text", () => {
  it("folds presentation forms to letters", () => {
    expect(cleanText("ﺍﻟﺼﻴﻦ ﻻ ﺗﺮﻯ")).toBe("الصين لا ترى");
  });

  it("keeps the honorific ligatures writers choose", () => {
    expect(cleanText("النبي ﷺ")).toBe("النبي ﷺ");
  });

  it("composes to NFC", () => {
    expect(cleanText("\u0627\u0654كد")).toBe("أكد");
  });

  it("removes zero-width and bidi controls that break display, keeps ZWNJ", () => {
    expect(cleanText("\u200Fالصين\u200B \u202Bو\u202Cالكويت\uFEFF\u2067x\u2069")).toBe("الصين والكويت" + "x");
    expect(cleanText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  });

  it("makes no-break and other odd spaces plain", () => {
    expect(cleanText("/مصدر: شينخوا/\u00A0\u00A0 2024")).toBe("/مصدر: شينخوا/   2024");
    expect(cleanLine(cleanText("\u202Fأ\u2009ب\t ت "))).toBe("أ ب ت");
  });

  it("unifies line ends and keeps diacritics as written", () => {
    expect(cleanText("سَلامٌ\r\nعليكم\rيا")).toBe("سَلامٌ\nعليكم\nيا");
  });
});
