import { DomUtils, type parseDocument } from "htmlparser2";

type Document = ReturnType<typeof parseDocument>;
type Node = Document["children"][number];
type Parent = Extract<Node, { children: Node[] }>;
type Text = Extract<Node, { type: "text" }>;

/** Deeper than pages are built; reading a page walks it recursively, so depth must stay bounded. */
export const MAX_DEPTH = 128;

/**
 * Elements nested deeper than MAX_DEPTH give their text to their ancestor at that depth, in
 * reading order and a space apart; the tags whose contents are never shown (`hidden`) give
 * nothing. Walked with a stack of its own, so any depth is read.
 */
export function capDepth(document: Document, hidden: ReadonlySet<string>): void {
  const stack = document.children.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isParent(node)) continue;
    if (depth < MAX_DEPTH) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    else flatten(node, hidden);
  }
}

function isParent(node: Node): node is Parent {
  return "children" in node;
}

function flatten(element: Parent, hidden: ReadonlySet<string>): void {
  const texts = textsWithin(element.children, hidden);
  element.children = [];
  for (const text of texts) {
    text.data += " ";
    text.parent = text.prev = text.next = null;
    DomUtils.appendChild(element, text);
  }
}

function textsWithin(nodes: readonly Node[], hidden: ReadonlySet<string>): Text[] {
  const texts: Text[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "text") texts.push(node as Text);
    else if (isParent(node) && !("name" in node && hidden.has(node.name))) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return texts;
}

/**
 * More elements left open at once than any page has. The HTML parser keeps its open elements
 * in an array it shifts, so each level costs it time in proportion to the depth.
 */
const MAX_OPEN_ELEMENTS = 5_000;
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

/**
 * The markup of a page that leaves too many elements open is dropped before parsing, so that
 * its text is still read, as one block: an upper bound on the depth is counted from the tags
 * alone, in one pass.
 */
export function withinParserDepth(html: string): string {
  let open = 0;
  for (const [tag, closing, name] of html.matchAll(TAG)) {
    if (closing) open = Math.max(0, open - 1);
    else if (!VOID_ELEMENTS.has(name!.toLowerCase()) && !tag.endsWith("/>")) open++;
    if (open > MAX_OPEN_ELEMENTS) return html.replace(TAG, " ");
  }
  return html;
}
