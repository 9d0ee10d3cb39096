import { describe, expect, it } from "vitest";
import type { Official } from "../../src/record.ts";
import { sentence } from "./helpers.ts";

/** name/role/country of each official, as one readable string. */
function officialsOf(text: string): string[] {
  return sentence(text).officials.map((o: Official) => [o.name, o.role ?? "", o.country ?? ""].join(" / "));
}

describe("a story whose text stops where a name or a title would go on", () => {
  it("a story that ends right after an official's name, with no full stop, still names that official", () => {
    expect(officialsOf("قال وزير الخارجية الصيني وانغ يي")).toEqual(["وانغ يي / وزير الخارجية / CN"]);
  });

  it("a story that ends on a title with no name after it names no official", () => {
    expect(officialsOf("عضو اتحاد الأدباء والمثقفين العرب")).toEqual([]);
    expect(officialsOf("وصل وزير الخارجية الروسي")).toEqual([]);
  });

  it("a story that ends on an honorific after a title and a comma names no official", () => {
    expect(officialsOf("قال رئيس الجمهورية، الشيخ")).toEqual([]);
  });

  it("a story that ends on a hyphen after a name keeps the name", () => {
    expect(officialsOf("التقى الرئيس الفرنسي جان بيير-")).toEqual(["جان بيير / الرئيس / FR"]);
  });
});

describe("words joined by a hyphen", () => {
  it("a word joined by a hyphen that cannot be in a name is left out of the name before it", () => {
    expect(officialsOf("التقى الرئيس الفرنسي جان بيير-في باريس.")).toEqual(["جان بيير / الرئيس / FR"]);
  });

  it("a party's name joined by a hyphen before a title is not taken for a person", () => {
    expect(officialsOf("يسعى حزب رابطة باكستان المسلمة-نواز الحاكم إلى الفوز في الانتخابات.")).toEqual([]);
  });
});
