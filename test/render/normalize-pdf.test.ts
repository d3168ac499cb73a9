import { describe, expect, it } from 'vitest';
import { normalizePdf } from '../../src/render/normalize-pdf.ts';

describe('normalizePdf', () => {
  it('renumbers structure node ids in order, keeping their length', () => {
    const pdf = Buffer.from('<</ID (node00000653)>> <</ID (node00000700)>> <</Names [(node00000653) 5 0 R (node00000700) 6 0 R]>>', 'latin1');
    const out = normalizePdf(pdf).toString('latin1');
    expect(out).toBe('<</ID (node00000001)>> <</ID (node00000002)>> <</Names [(node00000001) 5 0 R (node00000002) 6 0 R]>>');
  });

  it('replaces print dates with a fixed date of the same length', () => {
    const pdf = Buffer.from("1 0 obj <</Producer (Skia/PDF m156)\n/CreationDate (D:20261129053026+00'00')\n/ModDate (D:20261129053026+00'00')>>", 'latin1');
    const normalized = normalizePdf(pdf);
    expect(normalized.length).toBe(pdf.length);
    expect(normalized.toString('latin1')).toContain("/CreationDate (D:20000101000000+00'00')");
    expect(normalized.toString('latin1')).toContain("/ModDate (D:20000101000000+00'00')");
    expect(normalizePdf(normalized).equals(normalized)).toBe(true);
  });
});
