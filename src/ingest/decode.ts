/**
 * Bytes to text. UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM and
 * Windows-1256 (the legacy Arabic code page) are converted with iconv-lite.
 */
import iconv from "iconv-lite";
import { IngestError } from "./problem.ts";

export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8. */
  convertedFrom?: "utf-16le" | "utf-16be" | "windows-1256";
}

const BINARY_SNIFF_BYTES = 8000;
/** Share of characters that must look like text for bytes to pass as Windows-1256. */
const MIN_PLAUSIBLE_SHARE = 0.9;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), convertedFrom: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), convertedFrom: "utf-16be" };
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new IngestError(
      "looks like a binary file (it contains NUL bytes), not article text",
      "Remove it from the articles folder, or save it as text (UTF-8; UTF-16 needs a byte order mark).",
    );
  }
  const utf8 = decodeUtf8(body);
  if (utf8 !== undefined) return { text: utf8 };
  if (!hasBom) {
    const legacy = iconv.decode(Buffer.from(body), "windows-1256");
    if (looksLikeText(legacy)) return { text: legacy, convertedFrom: "windows-1256" };
  }
  throw new IngestError(
    hasBom
      ? "starts with a UTF-8 byte order mark but is not valid UTF-8"
      : "is neither valid UTF-8 nor plausible Windows-1256 (Arabic) text",
    "Open the file in an editor that can detect its encoding and save it as UTF-8; if it is not text, remove it from the articles folder.",
    lineAt(body, firstInvalidUtf8(body)),
  );
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    const chunk = bytes.subarray(i, i + length);
    if (chunk.length < length || decodeUtf8(chunk) === undefined) return i;
    i += length;
  }
  return i;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Arabic letters and marks, ASCII, and the punctuation Arabic news uses. */
const TEXT_CHAR = /[\u0600-\u06FF\u0020-\u007E\s\u00A0\u00AB\u00BB\u00D7\u00F7\u2013\u2014\u2018\u2019\u201C\u201D\u2026]/u;

function looksLikeText(text: string): boolean {
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) return false;
  let plausible = 0;
  let total = 0;
  for (const char of text) {
    total++;
    if (TEXT_CHAR.test(char)) plausible++;
  }
  return total > 0 && plausible / total >= MIN_PLAUSIBLE_SHARE;
}
