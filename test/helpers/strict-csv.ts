/**
 * A strict RFC 4180 reader: records end in CR LF, a field with a comma, quote or line break is
 * quoted, quotes inside it are doubled. Unlike lenient readers it throws where a file breaks
 * the rules (a bare CR or LF, inside quotes too; text after a closing quote; a quote inside an
 * unquoted field; an unclosed quote; records of different lengths), so a test that reads an
 * export with it also checks the export's form.
 */
export function readStrictCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false;
  const fail = (at: number, why: string) => {
    throw new Error(`CSV at offset ${at}: ${why}`);
  };
  const lineBreakAt = (i: number) => {
    if (text[i] === '\r' && text[i + 1] === '\n') return true;
    if (text[i] === '\r' || text[i] === '\n') fail(i, 'a line break that is not CR LF');
    return false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        closed = true;
      } else if (lineBreakAt(i)) {
        field += '\r\n';
        i++;
      } else field += char;
    } else if (char === ',') {
      row.push(field);
      field = '';
      closed = false;
    } else if (lineBreakAt(i)) {
      rows.push([...row, field]);
      row = [];
      field = '';
      closed = false;
      i++;
    } else if (closed) fail(i, 'text after a closing quote');
    else if (char === '"') {
      if (field !== '') fail(i, 'a quote inside an unquoted field');
      quoted = true;
    } else field += char;
  }
  if (quoted) fail(text.length, 'an unclosed quote');
  if (field !== '' || row.length > 0) fail(text.length, 'a last record without CR LF');
  const width = rows[0]?.length;
  for (const [index, record] of rows.entries()) if (record.length !== width) fail(index, `record ${index + 1} has ${record.length} fields, the first ${width}`);
  return rows;
}
