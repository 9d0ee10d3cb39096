import { tokenize, type Token } from "../text/normalize.ts";
import { wordKeys } from "./keys.ts";

const EXCERPT_WORDS = 30;
const WORDS_BEFORE_MATCH = 8;

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** True when a word of the text is one to mark: one of its keys starts with a key asked for. */
function isMarked(token: Token, markKeys: readonly string[]): boolean {
  if (token.kind === "punct") return false;
  const keys = wordKeys(token.folded);
  return markKeys.some((markKey) => keys.some((key) => key.startsWith(markKey)));
}

/**
 * A passage of an article around the first marked word, as HTML: the text escaped, the
 * words whose keys start with one of `markKeys` (see keysToMark) in <mark>. Without such a
 * word, the opening of the article.
 */
export function highlightedExcerpt(content: string, markKeys: readonly string[]): string {
  const tokens = tokenize(content);
  if (tokens.length === 0) return "";
  const first = tokens.findIndex((token) => isMarked(token, markKeys));
  const from = Math.max(0, first - WORDS_BEFORE_MATCH);
  const to = Math.min(tokens.length, from + EXCERPT_WORDS);
  let html = from > 0 ? "… " : "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from) html += escapeHtml(content.slice(tokens[i - 1]!.end, token.start)).replace(/\s+/g, " ");
    html += isMarked(token, markKeys) ? `<mark>${escapeHtml(token.text)}</mark>` : escapeHtml(token.text);
  }
  return to < tokens.length ? html + " …" : html;
}
