/**
 * The bookmarks (document outline) of a PDF as Chromium writes it with `outline: true`: an
 * uncompressed cross-reference table, one outline item per heading with a `/Dest` naming the
 * page it lands on. Read to learn on which page each heading was printed, because Chromium has
 * no `target-counter()` for a table of contents. Only what Chromium (Skia) emits is understood;
 * anything else is an error value saying what was missing, never a guess.
 */

/** One bookmark: its title, depth (0 = top level) and the 1-based page its heading is on. */
export interface OutlineEntry {
  title: string;
  level: number;
  page: number;
}

export type OutlineResult = { ok: true; entries: OutlineEntry[] } | { ok: false; problem: string };

/** Guards against a malformed tree that loops (a `/Next` pointing back). */
const MAX_ITEMS = 100_000;

export function readPdfOutline(pdf: Uint8Array): OutlineResult {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const offsets = crossReferences(text);
  if (!offsets) return { ok: false, problem: 'no cross-reference table (startxref/xref) found' };
  const dict = (ref: number): string | undefined => {
    const at = offsets.get(ref);
    if (at === undefined) return undefined;
    const end = text.indexOf('endobj', at);
    const body = text.slice(at, end === -1 ? undefined : end);
    // A stream's dictionary ends where its data starts: at the keyword after the closing `>>`, not
    // at a title that contains the word ("Workstreams").
    const stream = />>\s*stream(?:\r\n|\r|\n)/.exec(body);
    return stream ? body.slice(0, stream.index + 2) : body;
  };
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text)?.[1] ?? '';
  const root = refIn(trailer, 'Root');
  const catalog = root === undefined ? undefined : dict(root);
  if (!catalog) return { ok: false, problem: 'no document catalog (/Root)' };
  const pagesRoot = refIn(catalog, 'Pages');
  if (pagesRoot === undefined) return { ok: false, problem: 'no page tree (/Pages)' };
  const pageNumbers = new Map(pageRefs(pagesRoot, dict).map((ref, index) => [ref, index + 1]));
  const outlines = refIn(catalog, 'Outlines');
  if (outlines === undefined) return { ok: false, problem: 'no /Outlines in the catalog (printed without outline: true?)' };

  const entries: OutlineEntry[] = [];
  const walk = (first: number | undefined, level: number): string | undefined => {
    for (let item = first; item !== undefined;) {
      if (entries.length > MAX_ITEMS) return `more than ${MAX_ITEMS} outline items (a loop?)`;
      const body = dict(item);
      if (!body) return `outline item ${item} is missing`;
      const title = pdfString(body, 'Title');
      const pageRef = /\/Dest\s*\[\s*(\d+)\s+\d+\s+R/.exec(body)?.[1];
      const page = pageRef === undefined ? undefined : pageNumbers.get(Number(pageRef));
      if (title === undefined || page === undefined) return `outline item ${item} has no /Title or no /Dest on a page`;
      entries.push({ title, level, page });
      const problem = walk(refIn(body, 'First'), level + 1);
      if (problem) return problem;
      item = refIn(body, 'Next');
    }
    return undefined;
  };
  const rootDict = dict(outlines);
  if (!rootDict) return { ok: false, problem: `outline root ${outlines} is missing` };
  const problem = walk(refIn(rootDict, 'First'), 0);
  return problem ? { ok: false, problem } : { ok: true, entries };
}

/** The number of pages of a PDF as Chromium writes it: its page tree's `/Count`; undefined when unreadable. */
export function pdfPageCount(pdf: Uint8Array): number | undefined {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const offsets = crossReferences(text);
  if (!offsets) return undefined;
  const body = (ref: number | undefined) => {
    const at = ref === undefined ? undefined : offsets.get(ref);
    return at === undefined ? '' : text.slice(at, text.indexOf('endobj', at));
  };
  const root = refIn(/trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text)?.[1] ?? '', 'Root');
  const count = /\/Count\s+(\d+)/.exec(body(refIn(body(root), 'Pages')))?.[1];
  return count === undefined ? undefined : Number(count);
}

/** Object number → byte offset, from the last `xref` table (Chromium writes exactly one). */
function crossReferences(text: string): Map<number, number> | undefined {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1];
  if (start === undefined || !text.startsWith('xref', Number(start))) return undefined;
  const offsets = new Map<number, number>();
  const table = /^xref\s+([\s\S]*?)trailer/.exec(text.slice(Number(start)))?.[1] ?? '';
  let number = 0;
  for (const line of table.split(/\r?\n/)) {
    const section = /^(\d+)\s+(\d+)\s*$/.exec(line);
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])/.exec(line);
    if (entry) {
      if (entry[3] === 'n') offsets.set(number, Number(entry[1]));
      number++;
    } else if (section) number = Number(section[1]);
  }
  return offsets;
}

/** The page objects in reading order, walking nested `/Pages` nodes (Skia balances long documents). */
function pageRefs(node: number, dict: (ref: number) => string | undefined, depth = 0): number[] {
  const body = dict(node);
  if (!body || depth > 32) return [];
  if (!/\/Type\s*\/Pages\b/.test(body)) return [node];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
  return [...kids.matchAll(/(\d+)\s+\d+\s+R/g)].flatMap((kid) => pageRefs(Number(kid[1]), dict, depth + 1));
}

function refIn(body: string, key: string): number | undefined {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(body);
  return match ? Number(match[1]) : undefined;
}

/** A text string value: UTF-16BE in hex (`<FEFF…>`) or a literal `(…)` with escapes. */
function pdfString(body: string, key: string): string | undefined {
  const hex = new RegExp(`/${key}\\s*<([0-9A-Fa-f\\s]*)>`).exec(body);
  if (hex) return decodeBytes(Buffer.from(hex[1].replace(/\s+/g, ''), 'hex'));
  const at = new RegExp(`/${key}\\s*\\(`).exec(body);
  if (!at) return undefined;
  let depth = 1;
  let bytes = '';
  for (let i = at.index + at[0].length; i < body.length; i++) {
    const char = body[i];
    if (char === '\\') {
      const next = body[i + 1];
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1, i + 4));
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal[0], 8));
        i += octal[0].length;
      } else {
        bytes += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
        i++;
      }
      continue;
    }
    if (char === '(') depth++;
    if (char === ')' && --depth === 0) break;
    bytes += char;
  }
  return decodeBytes(Buffer.from(bytes, 'latin1'));
}

function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let result = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) result += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return result;
  }
  // PDFDocEncoding agrees with Latin-1 for everything Chromium writes as a literal.
  return bytes.toString('latin1');
}
