import { describe, expect, it } from 'vitest';
import { decodeXml } from '../../../src/lib/import/decode-xml.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('decodeXml', () => {
  it('reads UTF-8 with and without a byte order mark, and UTF-16 by its byte order mark', () => {
    expect(decodeXml(Buffer.from('<P>Größe</P>'))).toEqual({ ok: true, text: '<P>Größe</P>' });
    expect(decodeXml(bytes([0xef, 0xbb, 0xbf], '<P/>'))).toEqual({ ok: true, text: '<P/>' });
    expect(decodeXml(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<P>ä</P>', 'utf16le')]))).toEqual({ ok: true, text: '<P>ä</P>' });
    expect(decodeXml(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('<P>ä</P>', 'utf16le').swap16()]))).toEqual({ ok: true, text: '<P>ä</P>' });
  });

  it('reads the encoding the declaration names: ISO-8859-1 and Windows-1252 keep their umlauts', () => {
    expect(decodeXml(bytes('<?xml version="1.0" encoding="ISO-8859-1"?>\n<P>Gr', [0xf6, 0xdf], 'e</P>'))).toEqual({
      ok: true,
      text: '<?xml version="1.0" encoding="ISO-8859-1"?>\n<P>Größe</P>',
    });
    expect(decodeXml(bytes("<?xml version='1.0' encoding='windows-1252' standalone='yes'?><P>", [0x80], '</P>'))).toMatchObject({
      ok: true,
      text: expect.stringContaining('<P>€</P>') as unknown,
    });
    expect(decodeXml(bytes('<?xml version="1.0" encoding="UTF-8"?><P>Gr', [0xc3, 0xb6], 'e</P>'))).toMatchObject({
      ok: true,
      text: expect.stringContaining('Gröe') as unknown,
    });
  });

  it('refuses bytes that are not UTF-8 where no other encoding is declared, with their line', () => {
    expect(decodeXml(bytes('<P>\n<N>Gr', [0xf6], '</N></P>'))).toEqual({
      ok: false,
      line: 2,
      detail: 'the byte 0xF6 is not UTF-8, and the XML declaration names no other encoding',
    });
    expect(decodeXml(bytes('<?xml version="1.0" encoding="utf8"?>\n\n<P>', [0xe4], '</P>'))).toMatchObject({ ok: false, line: 3 });
  });

  it('refuses an encoding it does not know, and UTF-16 declared without a byte order mark', () => {
    expect(decodeXml(bytes('<?xml version="1.0" encoding="x-klingon"?><P/>'))).toEqual({
      ok: false,
      line: 1,
      detail: 'the declared encoding "x-klingon" is not one the reader knows; save the file as UTF-8',
    });
    expect(decodeXml(bytes('<?xml version="1.0" encoding="UTF-16"?><P/>'))).toEqual({
      ok: false,
      line: 1,
      detail: 'the file declares "UTF-16" but has no byte order mark; save it as UTF-8',
    });
  });
});
