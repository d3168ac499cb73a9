/**
 * Makes Chromium's PDFs reproducible: two builds of the same content must give the same bytes.
 * Chromium stamps the print time (CreationDate, ModDate) and numbers the tagged-PDF structure
 * elements with a process-wide DOM node counter (`/ID (node00000653)`). Both are rewritten to
 * values of exactly the same length, so that the byte offsets in the cross-reference table stay
 * valid; the node ids are renumbered in their sorted order, which keeps the ID name tree sorted.
 */
export function normalizePdf(pdf: Buffer, fixedDate = 'D:20000101000000'): Buffer {
  let text = pdf.toString('latin1');
  text = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_match, key: string, date: string) => {
    const replacement = (fixedDate + date.slice(fixedDate.length)).slice(0, date.length).padEnd(date.length, '0');
    return `/${key} (${replacement})`;
  });
  const nodeIds = [...new Set(text.match(/\(node\d+\)/g) ?? [])].sort();
  if (nodeIds.length > 0) {
    const renumbered = new Map(nodeIds.map((id, index) => [id, `(node${String(index + 1).padStart(id.length - 6, '0')})`]));
    text = text.replace(/\(node\d+\)/g, (id) => renumbered.get(id) ?? id);
  }
  return Buffer.from(text, 'latin1');
}
