import type { DomUtils, parseDocument } from "htmlparser2";
import { remembered } from "../remembered.ts";

type Node = ReturnType<typeof parseDocument>["children"][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];

/** How a text begins and ends, so that the trimmed length of joined texts follows from their parts. */
interface TextEdges {
  length: number;
  /** Whitespace at the start; equal to length when the text is all whitespace. */
  leading: number;
  trailing: number;
}

const EMPTY: TextEdges = { length: 0, leading: 0, trailing: 0 };

/**
 * What reading a page asks of its elements again and again (the length of their text, the
 * blocks inside them), worked out once per node: asking it of an element and of each of its
 * ancestors costs no more than reading the page once. A measure holds for the tree it was
 * asked about; after elements are removed, a new one is made.
 */
export class PageMeasure {
  private readonly lengths = new Map<Node, number>();
  private readonly edges = new Map<Node, TextEdges>();
  private readonly linked = new Map<Node, number>();
  private readonly blocks = new Map<Node, Element[]>();

  constructor(private readonly blockTags: ReadonlySet<string>) {}

  /** Characters of the node's text, whitespace aside. */
  textLength(node: Node): number {
    return remembered(this.lengths, node, () =>
      node.type === "text" ? countNonSpace(textOf(node)) : sum(childrenOf(node), (child) => this.textLength(child)),
    );
  }

  /** Characters of the node's text once its ends are trimmed. */
  trimmedLength(node: Node): number {
    const { length, leading, trailing } = this.edgesOf(node);
    return leading === length ? 0 : length - leading - trailing;
  }

  /** Characters of the text inside links (the outermost ones), whitespace aside. */
  linkedLength(node: Node): number {
    return remembered(this.linked, node, () =>
      sum(childrenOf(node), (child) => (isTagNamed(child, "a") ? this.textLength(child) : this.linkedLength(child))),
    );
  }

  /** The first two block elements inside the node, in reading order. */
  blocksWithin(node: Node): Element[] {
    return remembered(this.blocks, node, () => {
      const found: Element[] = [];
      for (const child of childrenOf(node)) {
        if (found.length >= 2) break;
        if (isTag(child) && this.blockTags.has(child.name)) found.push(child);
        found.push(...this.blocksWithin(child));
      }
      return found.slice(0, 2);
    });
  }

  private edgesOf(node: Node): TextEdges {
    return remembered(this.edges, node, () => {
      if (node.type === "text") return edgesOfText(textOf(node));
      return childrenOf(node).reduce((before: TextEdges, child) => joined(before, this.edgesOf(child)), EMPTY);
    });
  }
}

function childrenOf(node: Node): readonly Node[] {
  return "children" in node ? node.children : [];
}

function isTag(node: Node): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function isTagNamed(node: Node, name: string): boolean {
  return isTag(node) && node.name === name;
}

function textOf(node: Node): string {
  return "data" in node ? node.data : "";
}

function sum(nodes: readonly Node[], measure: (node: Node) => number): number {
  let total = 0;
  for (const node of nodes) total += measure(node);
  return total;
}

function countNonSpace(text: string): number {
  return text.replace(/\s+/g, "").length;
}

function edgesOfText(text: string): TextEdges {
  return { length: text.length, leading: text.length - text.trimStart().length, trailing: text.length - text.trimEnd().length };
}

function joined(a: TextEdges, b: TextEdges): TextEdges {
  return {
    length: a.length + b.length,
    leading: a.leading === a.length ? a.length + b.leading : a.leading,
    trailing: b.trailing === b.length ? b.length + a.trailing : b.trailing,
  };
}
