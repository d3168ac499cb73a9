import type { CollectionName } from '../registry/collection-names.ts';

/**
 * Where each field table of the content model belongs: the section heading it stands under, a
 * piece of the sentence that introduces it (where one section holds several tables), and the
 * collection and path of the object whose fields it lists (`[]` steps into a list's items).
 */
const TABLE_TARGETS: readonly { heading: string; lead?: string; collection: CollectionName; path: readonly string[] }[] = [
  { heading: 'roles', collection: 'roles', path: [] },
  { heading: 'phases', lead: '`raci`', collection: 'phases', path: ['raci'] },
  { heading: 'phases', collection: 'phases', path: [] },
  { heading: 'Playbook rules', collection: 'phases', path: ['rules'] },
  { heading: 'checklists', lead: 'Each item', collection: 'checklists', path: ['items', '[]'] },
  { heading: 'checklists', collection: 'checklists', path: [] },
  { heading: 'risks', collection: 'risks', path: [] },
  { heading: 'plans', collection: 'plans', path: [] },
  { heading: 'calendar', collection: 'plans', path: ['calendar'] },
  { heading: 'team (people)', collection: 'plans', path: ['team', '[]'] },
  { heading: 'tasks', collection: 'plans', path: ['tasks', '[]'] },
  { heading: 'buffer', collection: 'plans', path: ['buffer'] },
  { heading: 'Fields for tracking', lead: 'of a [plan]', collection: 'plans', path: [] },
  { heading: 'Fields for tracking', lead: 'of a [task]', collection: 'plans', path: ['tasks', '[]'] },
  { heading: 'meetings', collection: 'meetings', path: [] },
  { heading: 'glossary', collection: 'glossary', path: [] },
  { heading: 'home page', collection: 'home', path: [] },
  { heading: 'Snapshots', lead: 'Each snapshot task', collection: 'snapshots', path: ['tasks', '[]'] },
  { heading: 'Snapshots', lead: 'one JSON object', collection: 'snapshots', path: [] },
];

/** One field's row of a table: what the author reads about it. */
interface FieldRow {
  names: string[];
  type: string;
  required: string;
  meaning: string;
}

/** A field's key: `collection:path.to.field`, with `[]` for the items of a list (`plans:tasks.[].phase`). */
export const fieldKey = (collection: CollectionName, path: readonly string[]) => `${collection}:${path.join('.')}`;

/**
 * Each documented field's description, read from the content model's tables (the contract
 * authors read), so that an editor's hover text says what the documentation says: the meaning,
 * then type and whether it is required, e.g. "the day of the kick-off; … (date; required)".
 * A field listed twice (`progress`, widened by tracking) keeps both texts.
 */
export function fieldDescriptions(markdown: string): Map<string, string> {
  const descriptions = new Map<string, string>();
  for (const table of fieldTables(markdown)) {
    const target = TABLE_TARGETS.find((candidate) => candidate.heading === table.heading && (!candidate.lead || table.lead.includes(candidate.lead)));
    if (!target) continue;
    for (const row of table.rows) {
      for (const name of row.names) {
        const key = fieldKey(target.collection, [...target.path, name]);
        const text = describe(row);
        const before = descriptions.get(key);
        descriptions.set(key, before ? `${before}\n\n${text}` : text);
      }
    }
  }
  return descriptions;
}

function describe(row: FieldRow): string {
  const facts = plain([row.type, row.required].filter(Boolean).join('; '));
  return row.meaning ? `${plain(row.meaning)} (${facts})` : facts;
}

/** Markdown as hover text: links reduced to their words, escaped bars unescaped. */
const plain = (text: string) => text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\\\|/g, '|');

interface FieldTable {
  heading: string;
  lead: string;
  rows: FieldRow[];
}

/** Every table whose first column is headed `field`, with the heading and sentence before it. */
function fieldTables(markdown: string): FieldTable[] {
  const tables: FieldTable[] = [];
  let heading = '';
  let lead = '';
  let current: FieldTable | undefined;
  for (const line of markdown.split('\n')) {
    const headingMatch = /^#{1,6}\s+(.+?)\s*$/.exec(line);
    if (headingMatch) {
      heading = headingMatch[1];
      lead = '';
      current = undefined;
    } else if (line.startsWith('|')) {
      const cells = splitRow(line);
      if (!current) {
        current = { heading, lead, rows: [] };
        if (cells[0] === 'field') tables.push(current);
      } else if (!/^-+$/.test(cells[0]) && cells[0] !== 'field') {
        const names = [...cells[0].matchAll(/`([^`]+)`/g)].map((match) => match[1]);
        current.rows.push({ names, type: cells[1] ?? '', required: cells[2] ?? '', meaning: cells[3] ?? '' });
      }
    } else {
      current = undefined;
      if (line.trim()) lead = line.trim();
    }
  }
  return tables;
}

/** The cells of a Markdown table row; `\|` inside a cell is not a column break. */
function splitRow(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}
