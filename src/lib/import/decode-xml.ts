import { byteLabel } from '../code-point.ts';
import { findInvalidUtf8 } from '../content/utf8-check.ts';

/** The text of an XML file, or why its bytes cannot be read as the text they stand for. */
export type DecodedXml = { ok: true; text: string } | { ok: false; line: number; detail: string };

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`). */
const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/;

/**
 * Decodes an XML file as XML does: a byte order mark first (UTF-8 or UTF-16), else the encoding
 * the declaration names, else UTF-8. Read as UTF-8 regardless, a file MS Project saved as
 * ISO-8859-1 or Windows-1252 lost every umlaut to „�“ without a word.
 */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = DECLARED_ENCODING.exec(head)?.[1];
  if (label === undefined || /^utf-?8$/i.test(label)) return utf8(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return { ok: false, line: 1, detail: `the declared encoding "${label}" is not one the reader knows; save the file as UTF-8` };
  }
  // The declaration says UTF-16 only where the bytes are: without a byte order mark they are not.
  if (decoder.encoding.startsWith('utf-16')) return { ok: false, line: 1, detail: `the file declares "${label}" but has no byte order mark; save it as UTF-8` };
  return { ok: true, text: decoder.decode(bytes) };
}

function utf8(bytes: Uint8Array): DecodedXml {
  const invalid = findInvalidUtf8(bytes);
  if (!invalid) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  return { ok: false, line: invalid.line, detail: `the byte ${byteLabel(invalid.byte)} is not UTF-8, and the XML declaration names no other encoding` };
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);
