/** Story paragraphs as a Markdown body that reads back as the same paragraphs. */

/** Characters that would start Markdown syntax at the start of a line. */
const LINE_START = /^(#|>|[-+*=|]|~~~)/;
/** An ordered-list marker; CommonMark escapes its delimiter, not its digits. */
const LIST_NUMBER = /^(\d+)([.)])/;
/** Characters that carry Markdown or HTML meaning anywhere in a line. */
const INLINE = /[\\`*_[\]<]|&(?=[#a-z0-9]+;)/gi;

export function markdownBody(paragraphs: readonly string[]): string {
  return paragraphs.map(escapeMarkdown).join("\n\n") + "\n";
}

function escapeMarkdown(paragraph: string): string {
  return paragraph.replace(INLINE, "\\$&").replace(LINE_START, "\\$&").replace(LIST_NUMBER, "$1\\$2");
}
