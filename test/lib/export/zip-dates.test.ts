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
});
