const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export type ZipDatesResult = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: string };

/**
 * The same ZIP archive with every entry's modification time set to midnight of `day`
 * (`YYYY-MM-DD`), in the local headers and the central directory. Zip writers stamp entries with
 * the current time; with a fixed day, two builds of the same content are byte-identical.
 */
export function withZipDates(archive: Uint8Array, day: string): ZipDatesResult {
  const bytes = archive.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return { ok: false, problem: 'no end-of-central-directory record' };
  const [year, month, date] = day.split('-').map(Number);
  const dosDate = ((year - 1980) << 9) | (month << 5) | date;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      return { ok: false, problem: `central directory entry ${entry + 1} is not where the directory says` };
    }
    view.setUint16(offset + 12, 0, true);
    view.setUint16(offset + 14, dosDate, true);
    const local = view.getUint32(offset + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) {
      return { ok: false, problem: `local header of entry ${entry + 1} is not where the directory says` };
    }
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return { ok: true, bytes };
}

/** The end-of-central-directory record is the last 22 bytes, or earlier by an archive comment. */
function findEndOfDirectory(view: DataView): number {
  for (let offset = view.byteLength - 22; offset >= Math.max(0, view.byteLength - 22 - 0xffff); offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}
