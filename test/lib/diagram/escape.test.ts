import { describe, expect, it } from 'vitest';
import { ganttTaskName, htmlLabelText, mermaidHref, mermaidText, normalizeLabel } from '../../../src/lib/diagram/escape.ts';
import { decodeDecimalMarkers, shownLabel } from '../../helpers/label-oracle.ts';

describe('normalizeLabel', () => {
  it('turns line breaks and control characters into single spaces', () => {
    expect(normalizeLabel('a\r\nb\nc\rd\u2028e\tf\u0000g')).toBe('a b c d e f g');
  });
  it('replaces lone surrogates', () => {
    expect(normalizeLabel('x\ud800y')).toBe('x\ufffdy');
    expect(normalizeLabel('\udc00x\ud83d')).toBe('\ufffdx\ufffd');
  });
  it('turns C1 controls and DEL into spaces, keeps a pair of surrogates', () => {
    expect(normalizeLabel('a\u007fb\u0085c\u009fd😀')).toBe('a b c d😀');
  });
  it('agrees with the rules written out in the test helper on a mixed sample', () => {
    const sample = 'x\r\ny\u2029z\ud800\u0001😀\u00a0';
    expect(normalizeLabel(sample)).toBe(shownLabel(sample));
    expect(shownLabel(sample)).toBe('x y z\ufffd 😀\u00a0');
  });
});

describe('mermaidText', () => {
  it('keeps letters, umlauts, digits, inner spaces and harmless punctuation', () => {
    expect(mermaidText("Übergabe an Müller-Straße (Teil 2/3), fertig? Ja! Kund*in's+_.")).toBe(
      "Übergabe an Müller-Straße (Teil 2/3), fertig? Ja! Kund#42;in's+_.",
    );
  });
  it('encodes characters that mermaid lexers or sanitisers act on as decimal entities', () => {
    expect(mermaidText('a:b#c%d;e"f`g<h>i&j')).toBe('a#58;b#35;c#37;d#59;e#34;f#96;g#60;h#62;i#38;j');
  });
  it("encodes the characters of mermaid's own entity markers", () => {
    expect(mermaidText('ﬂ°°58¶ß')).toBe('#64258;#176;#176;58#182;ß');
  });
  it('encodes leading and trailing spaces, not inner ones', () => {
    expect(mermaidText(' a b ')).toBe('#32;a b#32;');
  });
  it('writes astral characters as one code point', () => {
    expect(mermaidText('😀')).toBe('#128512;');
  });
  it('turns a line break into a space', () => {
    expect(mermaidText('Zeile 1\nZeile 2')).toBe('Zeile 1 Zeile 2');
  });
  it('breaks the flowchart direction statement', () => {
    expect(mermaidText('direction TB')).toBe('#100;irection TB');
    expect(mermaidText('Redirection')).toBe('Re#100;irection');
  });
  it('decodes, marker by marker, to the text with its line break as a space', () => {
    const text = 'Plan: "Alpha" #1 – 100 % <script>alert(1)</script>\nneu';
    expect(decodeDecimalMarkers(mermaidText(text))).toBe('Plan: "Alpha" #1 – 100 % <script>alert(1)</script> neu');
  });
});

describe('htmlLabelText', () => {
  it('puts an invisible word joiner between the character pairs of mermaid markers', () => {
    expect(htmlLabelText('¶ß ﬂ° Straße')).toBe('#182;#8288;ß #64258;#8288;#176; Straße');
  });
});

describe('ganttTaskName', () => {
  it.each(['title X', 'Section 1', 'excludes', 'dateFormat', 'click me', 'Call-Center', 'href "x"', 'gantt', 'accTitle: x', 'weekday monday', 'todayMarker'])(
    'encodes the first letter of %j',
    (name) => {
      const encoded = ganttTaskName(name);
      expect(encoded).toMatch(/^#\d+;/);
      expect(decodeDecimalMarkers(encoded)).toBe(name);
    },
  );
  it('encodes a leading digit (a leading date is a token of its own)', () => {
    expect(ganttTaskName('2027-03-01 Start')).toBe('#50;027-03-01 Start');
  });
  it('leaves ordinary names readable', () => {
    expect(ganttTaskName('Analyse')).toBe('Analyse');
    expect(ganttTaskName('Titelseite')).toBe('Titelseite');
  });
});

describe('mermaidHref', () => {
  it('keeps ordinary paths and URLs', () => {
    expect(mermaidHref('/de/phasen/kickoff/')).toBe('/de/phasen/kickoff/');
    expect(mermaidHref('https://example.org/a?b=1&c=2#raci')).toBe('https://example.org/a?b=1&c=2#raci');
  });
  it('percent-encodes quotes, semicolons, braces, spaces and non-ASCII', () => {
    expect(mermaidHref('/a b/"x";{y}/ä')).toBe('/a%20b/%22x%22%3B%7By%7D/%C3%A4');
  });
  it('keeps valid percent escapes and repairs stray percent signs', () => {
    expect(mermaidHref('/a%20b/100%')).toBe('/a%20b/100%25');
  });
});
