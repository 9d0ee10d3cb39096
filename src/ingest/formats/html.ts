/**
 * A saved article page: the headline and the story text, without navigation, scripts,
 * sharing widgets or footers. The story is the element holding the most paragraph text
 * (the core idea of Firefox's Readability, small enough to read at a glance).
 */
import { DomUtils, parseDocument } from "htmlparser2";
import { publicationDate } from "../../record-values.ts";
import { findDate } from "../date-expression.ts";
import { statedDate } from "../front-matter-facts.ts";
import { cleanLine, cleanText } from "../clean-text.ts";
import { PageMeasure } from "./page-measure.ts";
import { capDepth, withinParserDepth } from "./shallow-dom.ts";
import type { ParsedDocument } from "./index.ts";

type Node = ReturnType<typeof parseDocument>["children"][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];

const INVISIBLE_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
  "button", "select",
]);
const NOT_CONTENT_TAGS = new Set(["nav", "header", "footer", "aside", "form", "figure", "menu", "dialog"]);
const NOT_CONTENT_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"]);
const NOT_CONTENT_NAMES =
  /(^|[\s_-])(share|sharing|social|comments?|related|breadcrumbs?|footer|header|nav|navbar|menu|sidebar|widget|advert|ads|banner|promo|newsletter|subscribe|tags|popular|most-read)($|[\s_-])/i;
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
  "table", "tr", "td", "th", "dl", "dt", "dd", "pre", "address", "center", "hr",
]);
const PUBLISHED_META = new Set([
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
  "date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date",
]);
/** Elements a page prints its publication date in, when its markup states none. */
const DATE_NAMES = /date|time|publish|posted|تاريخ/i;
const UPDATE_NAMES = /update|modif/i;
/** Boxes of links (menus, "اقرأ أيضا", tag lists): more than this share of their text is in links. */
const LINK_LIST_TAGS = new Set(["ul", "ol", "div", "section", "table", "dl"]);
const MAX_LINK_DENSITY = 0.5;
/** Where a page names itself rather than the story. */
const SITE_NAMES = /logo|brand|site-?(title|name)|masthead/i;
/** Elements that hold the headline when no <h1> does: "post-title", "entry-title", "NewsTitle". */
const HEADLINE_NAMES = /(^|[\s_-])((post|entry|article|news|story)-?title|headline)($|[\s_-])/i;
const MAX_HEADLINE_WORDS = 30;
const PARAGRAPH_BOXES = new Set(["div", "section", "span"]);
/** " | site", " - site": the parts a <title> joins. */
const TITLE_SEPARATOR = /\s+[|\-–—»]\s+/u;

export function parseHtml(text: string): ParsedDocument {
  const document = parseDocument(withinParserDepth(text));
  capDepth(document, INVISIBLE_TAGS);
  const published = publishedDate(document.children) ?? printedDate(document.children);
  const heading = headline(document.children);
  removeAll(document.children, (element) => INVISIBLE_TAGS.has(element.name));
  // Some sites wrap the whole page in a <form> or give the story's box a class like
  // "has-sidebar": whatever holds half of the page's text is never taken for furniture.
  const half = textLength(document.children) / 2;
  const whole = new PageMeasure(BLOCK_TAGS);
  removeAll(document.children, (element) => isNotContent(element) && whole.textLength(element) < half);
  const withoutFurniture = new PageMeasure(BLOCK_TAGS);
  removeAll(document.children, (element) => isLinkList(element, withoutFurniture) && withoutFurniture.textLength(element) < half);
  const container = storyContainer(document.children, new PageMeasure(BLOCK_TAGS));
  const parsed: ParsedDocument = { blocks: blockLines(container ? [container] : document.children), frontMatter: {} };
  if (heading) parsed.heading = heading;
  if (published) parsed.published = published;
  return parsed;
}

function headline(nodes: Node[]): string | undefined {
  const h1s = DomUtils.findAll((e) => e.name === "h1" && !isSiteName(e), nodes);
  const h1 = h1s.find((e) => hasAncestor(e, (a) => a.name === "article")) ?? h1s[0];
  const fromH1 = h1 && inlineText(DomUtils.textContent(h1));
  if (fromH1) return fromH1;
  const fromMeta = metaContent(nodes, (key) => key === "og:title");
  if (fromMeta) return inlineText(fromMeta);
  const titled = DomUtils.findOne((e) => HEADLINE_NAMES.test(`${e.attribs.class ?? ""} ${e.attribs.id ?? ""}`) && !isSiteName(e), nodes);
  const fromTitled = titled && inlineText(DomUtils.textContent(titled));
  if (fromTitled && fromTitled.split(" ").length <= MAX_HEADLINE_WORDS) return fromTitled;
  const title = DomUtils.findOne((e) => e.name === "title", nodes);
  const parts = title ? inlineText(DomUtils.textContent(title)).split(TITLE_SEPARATOR) : [];
  return parts.sort((a, b) => b.length - a.length)[0] || undefined;
}

/** The site's name set as a heading: a logo, or a heading that only links to the home page. */
function isSiteName(element: Element): boolean {
  if (hasAncestor(element, (a) => SITE_NAMES.test(`${a.attribs.class ?? ""} ${a.attribs.id ?? ""}`))) return true;
  const links = DomUtils.findAll((e) => e.name === "a", [element]);
  return links.length === 1 && /^(\/|https?:\/\/[^/]+\/?)$/.test(links[0]!.attribs.href ?? "") && textLength(links) === textLength([element]);
}

function hasAncestor(element: Element, test: (ancestor: Element) => boolean): boolean {
  for (let node: Element | null = element; node; node = node.parent as Element | null) {
    if (node.type === "tag" && test(node)) return true;
  }
  return false;
}

function publishedDate(nodes: Node[]): string | undefined {
  const stated =
    jsonLdPublished(nodes) ??
    metaContent(nodes, (key) => PUBLISHED_META.has(key)) ??
    DomUtils.findOne((e) => e.name === "time" && DomUtils.hasAttrib(e, "datetime"), nodes)?.attribs.datetime;
  if (!stated) return undefined;
  return statedDate(stated);
}

/** A date printed in an element named for it: <span class="date-post">الإثنين 2 دجنبر 2024 - 10:20</span>. */
function printedDate(nodes: Node[]): string | undefined {
  const elements = DomUtils.findAll((e) => {
    const names = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""} ${e.attribs.itemprop ?? ""}`;
    return (e.name === "time" || DATE_NAMES.test(names)) && !UPDATE_NAMES.test(names) && !INVISIBLE_TAGS.has(e.name);
  }, nodes);
  for (const element of elements) {
    const text = inlineText(DomUtils.textContent(element));
    if (text.length > 80 || /تحديث|تعديل/u.test(text)) continue;
    const found = publicationDate(findDate(text)?.iso);
    if (found) return found;
  }
  return undefined;
}

function isLinkList(element: Element, measure: PageMeasure): boolean {
  if (!LINK_LIST_TAGS.has(element.name)) return false;
  const total = measure.textLength(element);
  return total > 0 && measure.linkedLength(element) / total > MAX_LINK_DENSITY;
}

function metaContent(nodes: Node[], wanted: (key: string) => boolean): string | undefined {
  const meta = DomUtils.findOne((e) => {
    if (e.name !== "meta") return false;
    const key = e.attribs.property ?? e.attribs.name ?? e.attribs.itemprop;
    return key !== undefined && wanted(key.toLowerCase()) && Boolean(e.attribs.content?.trim());
  }, nodes);
  return meta?.attribs.content;
}

function jsonLdPublished(nodes: Node[]): string | undefined {
  const scripts = DomUtils.findAll((e) => e.name === "script" && e.attribs.type === "application/ld+json", nodes);
  for (const script of scripts) {
    try {
      const found = findKey(JSON.parse(DomUtils.textContent(script)), "datePublished");
      if (found) return found;
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources of a date remain.
    }
  }
  return undefined;
}

function findKey(value: unknown, key: string): string | undefined {
  if (Array.isArray(value)) return value.map((item) => findKey(item, key)).find(Boolean);
  if (typeof value !== "object" || value === null) return undefined;
  const own = (value as Record<string, unknown>)[key];
  if (typeof own === "string") return own;
  return Object.values(value).map((item) => findKey(item, key)).find(Boolean);
}

function removeAll(nodes: Node[], test: (element: Element) => boolean): void {
  for (const element of DomUtils.findAll(test, nodes)) DomUtils.removeElement(element);
}

function textLength(nodes: Node[]): number {
  return DomUtils.textContent(nodes).replace(/\s+/g, "").length;
}

function isNotContent(element: Element): boolean {
  if (NOT_CONTENT_TAGS.has(element.name)) return true;
  if (NOT_CONTENT_ROLES.has(element.attribs.role ?? "")) return true;
  return NOT_CONTENT_NAMES.test(`${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`);
}

/**
 * The element whose paragraphs hold the most characters: its own text, its <p> children and
 * children that are a paragraph in a box of their own (<div class="text-block"><p>…</p></div>,
 * <div>text</div>) count whole, other children's paragraphs count half (Readability's idea).
 */
function storyContainer(nodes: Node[], measure: PageMeasure): Element | undefined {
  let best: { element: Element; score: number } | undefined;
  for (const element of DomUtils.findAll(() => true, nodes)) {
    let score = 0;
    for (const child of element.children) {
      if (child.type === "text") score += child.data.trim().length;
      else if (child.type !== "tag") continue;
      else if (isParagraph(child as Element, measure)) score += measure.trimmedLength(child);
      else score += ownParagraphs(child as Element, measure) / 2;
    }
    if (score > (best?.score ?? 0)) best = { element, score };
  }
  return best?.element;
}

/** Text of an element's own text nodes and <p> children. */
function ownParagraphs(element: Element, measure: PageMeasure): number {
  let length = 0;
  for (const child of element.children) {
    if (child.type === "text") length += child.data.trim().length;
    else if (child.type === "tag" && isParagraph(child as Element, measure)) length += measure.trimmedLength(child);
  }
  return length;
}

/** A <p>, or a box holding one paragraph: no block inside it but at most one <p>. */
function isParagraph(element: Element, measure: PageMeasure): boolean {
  if (element.name === "p") return true;
  if (!PARAGRAPH_BOXES.has(element.name)) return false;
  const blocks = measure.blocksWithin(element);
  return blocks.length === 0 || (blocks.length === 1 && blocks[0]!.name === "p");
}

/** Text of the nodes, one line per block element or <br>. */
function blockLines(nodes: Node[]): string[] {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === "text") parts.push(collapseSpace(node.data));
    if (!("children" in node)) return;
    const name = "name" in node ? node.name : "";
    const block = BLOCK_TAGS.has(name) || name === "br";
    if (block) parts.push("\n");
    node.children.forEach((child) => walk(child as Node));
    if (block) parts.push("\n");
  };
  nodes.forEach(walk);
  return parts.join("").split("\n").map(cleanLine).filter((line) => line !== "");
}

/** Text as HTML shows it: entities are decoded by now, so clean again; any whitespace is one space. */
function collapseSpace(text: string): string {
  return cleanText(text).replace(/\s+/g, " ");
}

function inlineText(text: string): string {
  return cleanLine(collapseSpace(text));
}
