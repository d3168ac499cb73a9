import { describe, expect, it } from 'vitest';
import { coordinate, escapeXml, scale } from '../../../src/lib/chart/svg.ts';

describe('escapeXml', () => {
  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;');
  });

  it('escapes an ampersand before the entities it writes, so an entity in the text stays text', () => {
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves other text as it is', () => {
    expect(escapeXml('Plan 2027: Übergabe')).toBe('Plan 2027: Übergabe');
  });
});

describe('coordinate', () => {
  it('rounds to one decimal and drops trailing zeros', () => {
    expect(coordinate(116.84)).toBe('116.8');
    expect(coordinate(2.25)).toBe('2.3');
    expect(coordinate(327.04)).toBe('327');
    expect(coordinate(64)).toBe('64');
  });
});

describe('scale', () => {
  it('maps a domain linearly onto a range', () => {
    const x = scale([10, 20], [0, 100]);
    expect(x(10)).toBe(0);
    expect(x(15)).toBe(50);
    expect(x(20)).toBe(100);
    expect(x(25)).toBe(150);
  });

  it('maps onto a falling range (SVG y grows downwards)', () => {
    const y = scale([0, 100], [352, 16]);
    expect(y(0)).toBe(352);
    expect(y(25)).toBe(268);
    expect(y(100)).toBe(16);
  });

  it('treats an empty domain as one unit wide instead of dividing by zero', () => {
    const x = scale([5, 5], [0, 10]);
    expect(x(5)).toBe(0);
    expect(x(6)).toBe(10);
  });
});
