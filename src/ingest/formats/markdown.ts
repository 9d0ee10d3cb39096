import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { cleanLine } from "../clean-text.ts";
import { readFrontMatter } from "../front-matter.ts";
import type { ParsedDocument } from "./index.ts";

const markdown = new MarkdownIt({ html: true });
/** The same without links: markdown-it looks ahead for a label's end at each "[", which a body full of them makes slow. */
const withoutLinks = new MarkdownIt({ html: true }).disable(["link", "image", "reference"]);
/** More brackets than an article's links take; past this, links are read as plain text. */
const MAX_BRACKETS = 5_000;

/**
 * What may make a body more than paragraphs of plain text: a character some Markdown rule acts
 * on (emphasis, code, escapes, entities, HTML, links, tables, headings), a line that opens with
 * indentation (code), a list marker, a rule or an underline, and characters markdown-it rewrites
 * (carriage returns, NUL) or counts as indentation (tabs).
 */
const MARKDOWN_SYNTAX = /[&\\`*_~[\]!<>|#=+\t\r\0]|^(?:[ -]|\d+[.)])/m;

/** Markdown with optional YAML front matter; a leading heading is the headline. */
export function parseMarkdown(text: string): ParsedDocument {
  const { frontMatter, body } = readFrontMatter(text);
  if (!MARKDOWN_SYNTAX.test(body)) return { blocks: plainParagraphs(body), frontMatter };
  const blocks: string[] = [];
  let heading: string | undefined;
  const tokens = (hasMoreThan(body, "[", MAX_BRACKETS) ? withoutLinks : markdown).parse(body, {});
  tokens.forEach((token, index) => {
    if (token.type !== "inline") return;
    const block = cleanLine(inlineText(token.children ?? []));
    if (!block) return;
    if (blocks.length === 0 && heading === undefined && tokens[index - 1]?.type === "heading_open") heading = block;
    else blocks.push(block);
  });
  const document: ParsedDocument = { blocks, frontMatter };
  if (heading !== undefined) document.heading = heading;
  return document;
}

/**
 * A body without Markdown syntax as markdown-it reads it, without its parser (a fifth of ingest):
 * paragraphs between blank lines, the lines of each joined by a space.
 */
function plainParagraphs(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((paragraph) => cleanLine(paragraph.replaceAll("\n", " ")))
    .filter(Boolean);
}

function hasMoreThan(text: string, char: string, count: number): boolean {
  let found = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) if (++found > count) return true;
  return false;
}

function inlineText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak") return " ";
      return "";
    })
    .join("");
}
