/** `"Id";"Start";"End"` rows → id → end date. */
export function parseTaskJugglerCsv(csv: string): Map<string, { start: string; end: string }> {
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';').map((cell) => cell.replace(/^"|"$/g, '')));
  return new Map(rows.map(([id, start, end]) => [id, { start, end }]));
}
