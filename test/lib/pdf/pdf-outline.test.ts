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
