import { describe, expect, test } from 'vitest';
import { pdfPageCount, readPdfOutline } from '../../../src/lib/pdf/pdf-outline.ts';

/** A PDF from object bodies (object n = bodies[n - 1]), with a correct cross-reference table. */
function pdfOf(bodies: string[], root = 1): Buffer {
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<</Size ${bodies.length + 1} /Root ${root} 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

const utf16Hex = (text: string) => `FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}`;

// A page tree nested as Skia writes long documents: root → [inner → [page 4, page 5], page 6].
const pages = [
  '<</Type /Pages /Kids [3 0 R 6 0 R] /Count 3>>',
  '<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>',
  '<</Type /Page /Parent 3 0 R>>',
  '<</Type /Page /Parent 3 0 R>>',
  '<</Type /Page /Parent 2 0 R>>',
];

describe('readPdfOutline: the bookmarks of a PDF and their pages', () => {
  test('walks the tree in reading order with levels, and numbers pages through nested page trees', () => {
    const pdf = pdfOf([
      '<</Type /Catalog /Pages 2 0 R /Outlines 7 0 R>>',
      ...pages,
      '<</Type /Outlines /First 8 0 R /Last 8 0 R /Count 3>>',
      `<</Title <${utf16Hex('Phasen – Übersicht')}> /Dest [4 0 R /XYZ 46 775 0] /Parent 7 0 R /First 9 0 R /Last 10 0 R /Count 2>>`,
      '<</Title (1. Kick-off \\(Start\\)) /Dest [5 0 R /XYZ 46 745 0] /Parent 8 0 R /Next 10 0 R>>',
      '<</Title (Ziel\\374) /Dest [6 0 R /XYZ 46 600 0] /Parent 8 0 R /Prev 9 0 R>>',
    ]);
    expect(readPdfOutline(pdf)).toEqual({
      ok: true,
      entries: [
        { title: 'Phasen – Übersicht', level: 0, page: 1 },
        { title: '1. Kick-off (Start)', level: 1, page: 2 },
        { title: 'Zielü', level: 1, page: 3 },
      ],
    });
  });

  test('a PDF printed without bookmarks says so', () => {
    const result = readPdfOutline(pdfOf(['<</Type /Catalog /Pages 2 0 R>>', ...pages]));
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('/Outlines') });
  });

  test('a bookmark pointing at no page is an error, not page 0', () => {
    const pdf = pdfOf([
      '<</Type /Catalog /Pages 2 0 R /Outlines 7 0 R>>',
      ...pages,
      '<</Type /Outlines /First 8 0 R>>',
      '<</Title (Lost) /Dest [99 0 R /XYZ 0 0 0]>>',
    ]);
    expect(readPdfOutline(pdf)).toEqual({ ok: false, problem: expect.stringContaining('outline item 8') });
  });

  test('bytes that are no PDF are an error', () => {
    expect(readPdfOutline(Buffer.from('<html></html>')).ok).toBe(false);
  });
});

describe('pdfPageCount', () => {
  test('the page tree root’s count, not an outline’s', () => {
    expect(pdfPageCount(pdfOf(['<</Type /Catalog /Pages 2 0 R /Outlines 7 0 R>>', ...pages, '<</Type /Outlines /Count 12>>']))).toBe(3);
  });

  test('no cross-reference table or page tree: undefined', () => {
    expect(pdfPageCount(Buffer.from('%PDF-1.7\n', 'latin1'))).toBeUndefined();
    expect(pdfPageCount(pdfOf(['<</Type /Catalog>>']))).toBeUndefined();
  });
});

/** Object n = bodies[n - 1], written with `eol` as the line end (PDF allows CR LF as well as LF). */
function pdfWith(bodies: string[], options: { eol?: string; trailer?: string; free?: number[] } = {}): Buffer {
  const eol = options.eol ?? '\n';
  let text = `%PDF-1.7${eol}`;
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj${eol}${body}${eol}endobj${eol}`;
  });
  const xref = text.length;
  // Two subsections, as a file written in two goes has them: object 0 alone, then 1 onwards.
  text += `xref${eol}0 1${eol}0000000000 65535 f\r\n1 ${bodies.length}${eol}`;
  offsets.forEach((offset, index) => {
    text += options.free?.includes(index + 1) ? '0000000000 00001 f\r\n' : `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  });
  text += `trailer${eol}<<${options.trailer ?? `/Size ${bodies.length + 1} /Root 1 0 R`}>>${eol}startxref${eol}${xref}${eol}%%EOF${eol}`;
  return Buffer.from(text, 'latin1');
}

/** Objects 1–9 are fillers, so that the catalog, pages and bookmarks have two-digit numbers. */
const FILLERS = Array.from({ length: 9 }, () => '<</Type /Filler>>');
// 10 catalog, 11 page tree (12 pages by its count), 12 and 13 pages, 14 outline root, 15… bookmarks.
const tree = (bookmarks: string[], catalog = '<</Type /Catalog /Pages 11 0 R /Outlines 14 0 R>>') => [
  ...FILLERS,
  catalog,
  '<</Type /Pages /Kids [12 0 R 13 0 R] /Count 12>>',
  '<</Type /Page /Parent 11 0 R>>',
  '<</Type /Page /Parent 11 0 R>>',
  '<</Type /Outlines /First 15 0 R>>',
  ...bookmarks,
];
const ROOT_10 = '/Size 20 /Root 10 0 R';

describe('readPdfOutline: files as written, byte by byte', () => {
  test('reads CR LF line ends, two xref subsections and two-digit object numbers', () => {
    const pdf = pdfWith(tree(['<</Title (Ziele) /Dest [13 0 R /XYZ 0 0 0] /Next 16 0 R>>', '<</Title (Rollen) /Dest [12 0 R /XYZ 0 0 0]>>']), {
      eol: '\r\n',
      trailer: ROOT_10,
    });
    expect(readPdfOutline(pdf)).toEqual({
      ok: true,
      entries: [
        { title: 'Ziele', level: 0, page: 2 },
        { title: 'Rollen', level: 0, page: 1 },
      ],
    });
    expect(pdfPageCount(pdf)).toBe(12);
  });

  test('numbers the objects of an xref subsection from its own first number, after a gap', () => {
    // Objects 10–15 in a subsection "10 6" after "0 1": the entries before it (1–9) are not listed.
    const bodies = tree(['<</Title (Ziele) /Dest [13 0 R /XYZ 0 0 0]>>']);
    let text = '%PDF-1.7\n';
    const offsets: number[] = [];
    bodies.forEach((body, index) => {
      offsets.push(text.length);
      text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = text.length;
    text += 'xref\n0 1\n0000000000 65535 f\r\n10 6\n';
    for (const offset of offsets.slice(9)) text += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
    text += `trailer\n<<${ROOT_10}>>\nstartxref\n${xref}\n%%EOF\n`;
    expect(readPdfOutline(Buffer.from(text, 'latin1'))).toEqual({ ok: true, entries: [{ title: 'Ziele', level: 0, page: 2 }] });
  });

  test('a bookmark titled with the word "stream" is no stream: its /Dest still counts', () => {
    const pdf = pdfWith(tree(['<</Title (Workstreams) /Dest [13 0 R /XYZ 0 0 0]>>']), { trailer: ROOT_10 });
    expect(readPdfOutline(pdf)).toEqual({ ok: true, entries: [{ title: 'Workstreams', level: 0, page: 2 }] });
  });

  test('a stream object’s data is not read as its dictionary', () => {
    // The bookmark is a stream whose data names another page: only the dictionary's /Dest counts.
    const pdf = pdfWith(tree(['<</Title (Ziele) /Dest [12 0 R /XYZ 0 0 0] /Length 24>>\nstream\n/Dest [13 0 R /XYZ 0 0 0]\nendstream']), {
      trailer: ROOT_10,
    });
    expect(readPdfOutline(pdf)).toEqual({ ok: true, entries: [{ title: 'Ziele', level: 0, page: 1 }] });
  });

  test('reads the escapes of a literal title: named ones, octal of one to three digits, unescaped nested parentheses', () => {
    const pdf = pdfWith(tree(['<</Title (Zeile\\neins\\tzwei\\\\ \\(a\\) \\101\\7x\\n12 (ver (schachtelt)) Ende) /Dest [12 0 R /XYZ 0 0 0]>>']), {
      trailer: ROOT_10,
    });
    expect(readPdfOutline(pdf)).toEqual({ ok: true, entries: [{ title: 'Zeile\neins\tzwei\\ (a) A\u0007x\n12 (ver (schachtelt)) Ende', level: 0, page: 1 }] });
  });

  test('reads a hex title with spaces and line breaks, drops an odd last byte, and keeps Latin-1 titles that start with þ or ÿ', () => {
    const pdf = pdfWith(
      tree([
        '<</Title <FEFF 0041\n0042 00> /Dest [12 0 R /XYZ 0 0 0] /Next 16 0 R>>',
        '<</Title (\\376a) /Dest [12 0 R /XYZ 0 0 0] /Next 17 0 R>>',
        '<</Title (a\\377) /Dest [12 0 R /XYZ 0 0 0]>>',
      ]),
      { trailer: ROOT_10 },
    );
    expect(readPdfOutline(pdf)).toEqual({
      ok: true,
      entries: [
        { title: 'AB', level: 0, page: 1 },
        { title: 'þa', level: 0, page: 1 },
        { title: 'aÿ', level: 0, page: 1 },
      ],
    });
  });
});

describe('readPdfOutline: what it cannot read, said exactly', () => {
  const problem = (pdf: Buffer) => {
    const result = readPdfOutline(pdf);
    return result.ok ? undefined : result.problem;
  };

  test('a cross-reference stream (startxref pointing at no xref table)', () => {
    const text = '%PDF-1.7\n1 0 obj\n<</Type /XRef>>\nendobj\nstartxref\n9\n%%EOF\n';
    expect(problem(Buffer.from(text, 'latin1'))).toBe('no cross-reference table (startxref/xref) found');
    expect(pdfPageCount(Buffer.from(text, 'latin1'))).toBeUndefined();
  });

  test('no /Root, no /Pages, no outline root', () => {
    expect(problem(pdfWith(tree([]), { trailer: '/Size 15' }))).toBe('no document catalog (/Root)');
    expect(pdfPageCount(pdfWith(tree([]), { trailer: '/Size 15' }))).toBeUndefined();
    expect(problem(pdfWith(tree([], '<</Type /Catalog /Outlines 14 0 R>>'), { trailer: ROOT_10 }))).toBe('no page tree (/Pages)');
    expect(problem(pdfWith(tree([], '<</Type /Catalog /Pages 11 0 R /Outlines 30 0 R>>'), { trailer: ROOT_10 }))).toBe('outline root 30 is missing');
  });

  test('a bookmark that is missing, freed, or below another one', () => {
    expect(problem(pdfWith(tree(['<</Title (A) /Dest [12 0 R /XYZ 0 0 0] /Next 40 0 R>>']), { trailer: ROOT_10 }))).toBe('outline item 40 is missing');
    const freed = pdfWith(tree(['<</Title (A) /Dest [12 0 R /XYZ 0 0 0] /Next 16 0 R>>', '<</Title (B) /Dest [12 0 R /XYZ 0 0 0]>>']), {
      trailer: ROOT_10,
      free: [16],
    });
    expect(problem(freed)).toBe('outline item 16 is missing');
    const nested = pdfWith(tree(['<</Title (A) /Dest [12 0 R /XYZ 0 0 0] /First 40 0 R /Next 16 0 R>>', '<</Title (B) /Dest [12 0 R /XYZ 0 0 0]>>']), {
      trailer: ROOT_10,
    });
    expect(problem(nested)).toBe('outline item 40 is missing');
  });

  test('a bookmark list that loops ends with a message', () => {
    const loop = pdfWith(tree(['<</Title (A) /Dest [12 0 R /XYZ 0 0 0] /Next 15 0 R>>']), { trailer: ROOT_10 });
    expect(problem(loop)).toBe('more than 100000 outline items (a loop?)');
  });

  test('a page tree that contains itself ends too', () => {
    const pdf = pdfWith(
      tree(['<</Title (A) /Dest [12 0 R /XYZ 0 0 0]>>']).map((body, index) => (index === 10 ? '<</Type /Pages /Kids [11 0 R] /Count 1>>' : body)),
      { trailer: ROOT_10 },
    );
    expect(problem(pdf)).toBe('outline item 15 has no /Title or no /Dest on a page');
  });
});

describe('pdfPageCount: the page tree root’s count', () => {
  test('not a count written before it in the file', () => {
    const bodies = [...FILLERS, '<</Type /Catalog /Pages 12 0 R /Outlines 11 0 R>>', '<</Type /Outlines /Count 7>>', '<</Type /Pages /Kids [] /Count 12>>'];
    expect(pdfPageCount(pdfWith(bodies, { trailer: ROOT_10 }))).toBe(12);
  });
});
