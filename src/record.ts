/** The data contract of DESIGN.md: what every stage after ingest agrees on. */

export interface Official {
  /** The name as the article writes it. */
  name: string;
  /** The person's spelling across the archive, when the article writes it otherwise (set by unifyOfficials). */
  person?: string;
  role?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  /**
   * The country was inferred from where the story is told or what it is about, not read in the
   * title: across the archive, the country the person's titles give wins (set by extraction).
   */
  countryInferred?: true;
  /** Other spellings of this person's name across the archive (set by unifyOfficials). */
  aliases?: string[];
  /** How often the article names the person, short mentions ("وقال وانغ") included. */
  mentions?: number;
}

/** What ingest makes of one input file, before any understanding of its content. */
export interface Draft {
  /** Path relative to the articles folder, with forward slashes. */
  file: string;
  title: string;
  /** True when the file had no headline line and the title was cut from the first sentence. */
  titleDerived: boolean;
  /** Story paragraphs as the reader sees them (display form, NFC, boilerplate removed). */
  paragraphs: string[];
  source?: string;
  place?: string;
  /** Publication date as stated in the text: YYYY-MM-DD or YYYY-MM-DDTHH:mm. */
  date?: string;
  /** Front matter as a person wrote or corrected it; these values win over extraction. */
  frontMatter: Record<string, unknown>;
  /** Encoding the bytes were decoded from, when it was not UTF-8. */
  convertedFrom?: string;
  /**
   * For a Markdown file that `arshif annotate` wrote beside a .txt or .html article: that
   * original (relative to the articles folder), which this file supersedes.
   */
  original?: string;
}

export interface ArticleRecord {
  /** Stable, URL-safe identifier: the article page lives at /articles/<id>/. */
  id: string;
  file: string;
  title: string;
  date?: string;
  source?: string;
  place?: string;
  paragraphs: string[];
  /** ISO 3166-1 alpha-2 codes, most salient first. */
  countries: string[];
  officials: Official[];
  /** Explicit calendar dates mentioned: YYYY-MM-DD, YYYY-MM or YYYY. */
  dates: string[];
  /** Topic ids from the taxonomy. */
  topics: string[];
}

/** A file that could not become an article, or became one with a caveat. */
export interface Problem {
  file: string;
  line?: number;
  severity: "error" | "warning";
  message: string;
  /** What the user can do about it. */
  hint?: string;
  /** Set when the cause is a bug in arshif rather than in the file: the stage that failed. */
  internal?: "read" | "ingest" | "extract" | "render" | "search";
  /** The stack of an internal error, shown with --debug. */
  stack?: string;
}
