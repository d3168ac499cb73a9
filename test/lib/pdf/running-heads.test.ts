import { describe, expect, test } from 'vitest';
import { cssString, runningHeadCss } from '../../../src/lib/pdf/running-heads.ts';

describe('running heads of printed documents', () => {
  test('each part is a named page whose top margin box holds its title, with a landscape variant', () => {
    const css = runningHeadCss([
      { name: 'part-roles', title: 'Rollen' },
      { name: 'part-risks', title: 'Risiken' },
    ]);
    expect(css).toContain('@page part-roles{@top-left{content:"Rollen";');
    expect(css).toContain('@page part-roles-landscape{size:A4 landscape;margin:12mm;@top-left{content:"Rollen";');
    expect(css).toContain('[data-running-head="part-roles"]{page:part-roles}');
    // The part itself or a piece inside it printed across: the landscape variant, not `gantt`.
    expect(css).toContain('[data-running-head="part-risks"].print-landscape,[data-running-head="part-risks"] .print-landscape{page:part-risks-landscape}');
    expect(css.split('\n')).toHaveLength(2);
  });

  test('a title is one CSS string that cannot end the string or the style element', () => {
    expect(cssString('Plan "A" \\ B')).toBe('"Plan \\22 A\\22  \\5C  B"');
    expect(cssString('</style><script>')).toBe('"\\3C /style>\\3C script>"');
    expect(cssString('Zeile 1\nZeile 2')).toBe('"Zeile 1\\A Zeile 2"');
    expect(cssString('Überblick: Phasen')).toBe('"Überblick: Phasen"');
  });
});
