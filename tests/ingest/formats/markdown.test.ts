import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../../src/ingest/formats/markdown.ts";

/**
 * Pieces of bodies: words, the spaces and line breaks between them, and the characters and line
 * starts Markdown acts on. Not those that open a block running to the end of the text (code
 * fences, HTML), which would swallow the paragraph the property appends.
 */
const PIECES = ["الرياض", "واس", "word", "2015", "1", " ", "  ", "    ", "\n", "\n\n", "\n \n", "\t", "\u00a0", "\r", ".", ")", "-", "- ", "#", "# ", "*", "_", "[", "]", "!", ">", "|", "=", "+", "&amp;", "\\", ":", "،"];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(""));

describe("Markdown bodies", () => {
  it("reads a body as markdown-it does, whether or not it holds Markdown syntax", () => {
    fc.assert(
      fc.property(body, (text) => {
        // The emphasis appended takes the body through markdown-it and adds one paragraph, "x".
        const parsed = parseMarkdown(`${text}\n\n*x*`);
        expect(parsed.blocks.at(-1)).toBe("x");
        expect(parseMarkdown(text)).toEqual({ ...parsed, blocks: parsed.blocks.slice(0, -1) });
      }),
      { numRuns: 2_000 },
    );
  });

  it("joins the lines of a plain paragraph with a space and splits paragraphs at blank lines", () => {
    expect(parseMarkdown("قال الوزير  \nإن الاجتماع\n\n\nانتهى.\n").blocks).toEqual(["قال الوزير إن الاجتماع", "انتهى."]);
  });
});
