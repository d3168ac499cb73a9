import { describe, expect, it } from 'vitest';
import { withZipDates } from '../../../src/lib/export/zip-dates.ts';

/** A ZIP archive of one stored, empty file `a`, stamped 1 January 2020 at 10:00 (0x5000). */
function oneEntryZip(): Uint8Array {
  const bytes = new Uint8Array(30 + 1 + 46 + 1 + 22);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(10, 0x5000, true);
  view.setUint16(12, (40 << 9) | (1 << 5) | 1, true);
  view.setUint16(26, 1, true);
  bytes[30] = 0x61;
  const directory = 31;
  view.setUint32(directory, 0x02014b50, true);
  view.setUint16(directory + 12, 0x5000, true);
  view.setUint16(directory + 14, (40 << 9) | (1 << 5) | 1, true);
  view.setUint16(directory + 28, 1, true);
  view.setUint32(directory + 42, 0, true);
  bytes[directory + 46] = 0x61;
  const end = directory + 47;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, 47, true);
  view.setUint32(end + 16, directory, true);
  return bytes;
}

describe('withZipDates', () => {
  it('stamps every entry with midnight of the day, in the local header and the directory', () => {
    const result = withZipDates(oneEntryZip(), '2027-03-01');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const view = new DataView(result.bytes.buffer);
    // 2027 - 1980 = 47; 47 << 9 | 3 << 5 | 1 = 24161
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 24161]);
    expect([view.getUint16(31 + 12, true), view.getUint16(31 + 14, true)]).toEqual([0, 24161]);
  });

  it('leaves its input as it was', () => {
    const input = oneEntryZip();
    withZipDates(input, '2027-03-01');
    expect(new DataView(input.buffer).getUint16(10, true)).toBe(0x5000);
  });

  it('says what is wrong with bytes that are no ZIP archive', () => {
    expect(withZipDates(new TextEncoder().encode('not a zip archive, just text'), '2027-03-01')).toEqual({
      ok: false,
      problem: 'no end-of-central-directory record',
    });
    const moved = oneEntryZip();
    new DataView(moved.buffer).setUint32(31 + 47 + 16, 5, true);
    expect(withZipDates(moved, '2027-03-01')).toEqual({ ok: false, problem: 'central directory entry 1 is not where the directory says' });
  });

  it('finds the directory before an archive comment', () => {
    // The end record followed by a comment of 3 bytes: it no longer ends the file.
    const plain = oneEntryZip();
    const commented = new Uint8Array(plain.length + 3);
    commented.set(plain);
    new DataView(commented.buffer).setUint16(31 + 47 + 20, 3, true);
    commented.set([0x61, 0x62, 0x63], plain.length);
    const result = withZipDates(commented, '2027-03-01');
    expect(result.ok).toBe(true);
    if (result.ok) expect(new DataView(result.bytes.buffer).getUint16(12, true)).toBe(24161);
  });

  it('steps over each entry’s name, extra field and comment to the next, and says which local header is missing', () => {
    // Two entries in the directory; the first names a local header at offset 0, the second one at
    // offset 1, where there is none: entry 2 is reported, entry 1 was found.
    const bytes = new Uint8Array(30 + 1 + (46 + 1 + 2 + 3) + (46 + 1) + 22);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(26, 1, true);
    const first = 31;
    view.setUint32(first, 0x02014b50, true);
    view.setUint16(first + 28, 1, true);
    view.setUint16(first + 30, 2, true);
    view.setUint16(first + 32, 3, true);
    view.setUint32(first + 42, 0, true);
    const second = first + 46 + 1 + 2 + 3;
    view.setUint32(second, 0x02014b50, true);
    view.setUint16(second + 28, 1, true);
    view.setUint32(second + 42, 1, true);
    const end = second + 47;
    view.setUint32(end, 0x06054b50, true);
    view.setUint16(end + 8, 2, true);
    view.setUint16(end + 10, 2, true);
    view.setUint32(end + 16, first, true);
    expect(withZipDates(bytes, '2027-03-01')).toEqual({ ok: false, problem: 'local header of entry 2 is not where the directory says' });
    // Pointing the second entry at the first local header, both are stamped.
    view.setUint32(second + 42, 0, true);
    const result = withZipDates(bytes, '2027-03-01');
    expect(result.ok).toBe(true);
    if (result.ok) expect(new DataView(result.bytes.buffer).getUint16(second + 14, true)).toBe(24161);
  });

  it('refuses a directory that runs past the end of the bytes', () => {
    const short = oneEntryZip();
    // The directory said to start 2 bytes before the end of the file: not even its signature fits.
    new DataView(short.buffer).setUint32(31 + 47 + 16, short.length - 2, true);
    expect(withZipDates(short, '2027-03-01')).toEqual({ ok: false, problem: 'central directory entry 1 is not where the directory says' });
  });
});
