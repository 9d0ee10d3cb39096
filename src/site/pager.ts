/**
 * Numbered pagination that reaches any page of a list in two clicks, however long the list.
 * The pages are grouped in blocks of a round size (10, 20, 25, 50, 100 …) chosen so that there
 * are no more blocks than pages in a block: every page links to the first page of every block
 * (the jump) and to every page of its own block (the pages around it), besides the first,
 * previous, next and last pages. So a list of 218 pages shows 11 blocks and 20 page numbers.
 */

/** Lists of at most this many pages show every page number and no blocks. */
const ALL_NUMBERS_UP_TO = 12;
const ROUND_SIZES = [10, 20, 25, 50];

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
}

export interface BlockLink {
  first: number;
  last: number;
  url: string;
  current: boolean;
}

export interface PagerLinks {
  first?: PageLink;
  previous?: PageLink;
  next?: PageLink;
  last?: PageLink;
  /** The page numbers shown: every page of the current block. */
  numbers: PageLink[];
  /** The blocks, each by its first page; none for short lists. */
  blocks: BlockLink[];
}

/** The address of page n of a list whose first page is at baseUrl (page n > 1 at baseUrl/page/n/). */
export function pageUrl(baseUrl: string, n: number): string {
  return n === 1 ? baseUrl : `${baseUrl}page/${n}/`;
}

/** The round block size for a list of this many pages: no more blocks than pages in a block. */
export function blockSize(pageCount: number): number {
  if (pageCount <= ALL_NUMBERS_UP_TO) return pageCount;
  for (let scale = 1; ; scale *= 10) {
    const size = ROUND_SIZES.map((s) => s * scale).find((s) => Math.ceil(pageCount / s) <= s);
    if (size) return size;
  }
}

export function pagerLinks(baseUrl: string, pageNumber: number, pageCount: number): PagerLinks {
  const link = (number: number): PageLink => ({ number, url: pageUrl(baseUrl, number), current: number === pageNumber });
  const size = blockSize(pageCount);
  const blockStart = Math.floor((pageNumber - 1) / size) * size + 1;
  const numbers = range(blockStart, Math.min(pageCount, blockStart + size - 1)).map(link);
  const blocks = size >= pageCount ? [] : range(0, Math.ceil(pageCount / size) - 1).map((i) => {
    const first = i * size + 1;
    return { first, last: Math.min(pageCount, first + size - 1), url: pageUrl(baseUrl, first), current: first === blockStart };
  });
  return {
    ...(pageNumber > 1 && { first: link(1), previous: link(pageNumber - 1) }),
    ...(pageNumber < pageCount && { next: link(pageNumber + 1), last: link(pageCount) }),
    numbers,
    blocks,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
