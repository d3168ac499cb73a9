import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../schema/index.ts';
import type { Checklist, Phase, Plan, Risk, Role } from '../schema/index.ts';
import { KEBAB_ID } from '../schema/common.ts';
import type { Finding } from './finding.ts';
import { parseEntryFile } from './parse-entry.ts';
import { findingsFromZodIssues } from './zod-findings.ts';

export interface Entry<T> {
  id: string;
  /** Path relative to the content root, forward slashes. */
  file: string;
  data: T;
  body: string;
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

export interface Content {
  root: string;
  roles: Entry<Role>[];
  phases: Entry<Phase>[];
  checklists: Entry<Checklist>[];
  risks: Entry<Risk>[];
  plans: Entry<Plan>[];
}

/** Reads and schema-checks every collection under `root`; never throws for bad content. */
export async function readContent(root: string): Promise<{ content: Content; findings: Finding[] }> {
  const content: Content = { root, roles: [], phases: [], checklists: [], risks: [], plans: [] };
  const findings: Finding[] = [];
  const results = await Promise.all(COLLECTION_NAMES.map((name) => readCollection(root, name)));
  for (const [index, name] of COLLECTION_NAMES.entries()) {
    (content[name] as Entry<unknown>[]) = results[index].entries;
    findings.push(...results[index].findings);
  }
  return { content, findings };
}

async function readCollection(root: string, name: CollectionName) {
  const folder = path.join(root, name);
  const entries: Entry<unknown>[] = [];
  const findings: Finding[] = [];
  const files = await listMdxFiles(folder);
  const sources = await Promise.all(files.map((file) => readFile(path.join(folder, file), 'utf8')));
  for (const [index, relative] of files.entries()) {
    const file = `${name}/${relative}`;
    const id = path.posix.basename(relative, '.mdx');
    if (!KEBAB_ID.test(id)) {
      findings.push({
        severity: 'error',
        code: 'file-name',
        file,
        path: '',
        message: `a file name in lowercase kebab case, which becomes the id, such as \`data-steward.mdx\` (found \`${id}.mdx\`)`,
      });
    }
    const { parsed, findings: syntaxFindings } = parseEntryFile(file, sources[index]);
    findings.push(...syntaxFindings);
    if (!parsed) continue;
    const result = COLLECTIONS[name].safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      for (const finding of findingsFromZodIssues(file, result.error.issues)) {
        findings.push({ ...finding, line: parsed.lineOf(pathParts(finding.path)) });
      }
      continue;
    }
    entries.push({ id, file, data: result.data, body: parsed.body, lineOf: parsed.lineOf });
  }
  return { entries, findings };
}

/** All `.mdx` files below a folder, relative and sorted; a missing folder is an empty collection. */
async function listMdxFiles(folder: string): Promise<string[]> {
  try {
    const names = await readdir(folder, { recursive: true });
    return names
      .map((name) => name.split(path.sep).join('/'))
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** `tasks[3].dependsOn[0]` → `['tasks', 3, 'dependsOn', 0]`. */
export function pathParts(fieldPath: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of fieldPath.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  }
  return parts;
}
