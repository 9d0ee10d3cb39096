import { describe, expect, it } from "vitest";
import { sentence } from "./helpers.ts";

/** name → how often the story names that official. */
function mentionsOf(text: string): Record<string, number | undefined> {
  return Object.fromEntries(sentence(text).officials.map((o) => [o.name, o.mentions]));
}

describe("a name that two officials share", () => {
  it("a family name said alone counts for the official last named with it, not for every one", () => {
    const text =
      "التقى وزير الخارجية الكويتي سالم العبدالله مع وزير الداخلية الكويتي فهد العبدالله في الكويت. وقال العبدالله إن البلدين متفقان.";
    expect(mentionsOf(text)).toEqual({ "سالم العبدالله": 1, "فهد العبدالله": 2 });
  });

  it("one official's full name is not counted as a mention of another who shares a word of it", () => {
    const text = "التقى وزير الخارجية الكويتي سالم العبدالله مع وزير الداخلية الكويتي فهد العبدالله في الكويت.";
    expect(mentionsOf(text)).toEqual({ "سالم العبدالله": 1, "فهد العبدالله": 1 });
  });

  it("a family name said before any full name counts for the first official named with it", () => {
    const text = "قال العبدالله إن وزير الخارجية الكويتي سالم العبدالله التقى وزير الداخلية الكويتي فهد العبدالله.";
    expect(mentionsOf(text)).toEqual({ "سالم العبدالله": 2, "فهد العبدالله": 1 });
  });
});
