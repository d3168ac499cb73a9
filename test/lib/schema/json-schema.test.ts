import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../src/lib/registry/collection-names.ts';
import { COLLECTIONS } from '../../../src/lib/registry/collections.ts';
import { editorManifest } from '../../../src/lib/schema/editor-manifest.ts';
import { fieldDescriptions } from '../../../src/lib/schema/field-docs.ts';
import { collectionJsonSchema } from '../../../src/lib/schema/json-schema.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { base, planWith, writeTree, type FileOverride } from '../../fixtures/content-tree.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DESCRIPTIONS = fieldDescriptions(await readFile(path.join(ROOT, 'docs', 'content-model.md'), 'utf8'));
const NO_IDS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Record<CollectionName, string[]>;

/** A JSON Schema node as the tests walk it. */
interface Schema {
  [key: string]: unknown;
  properties: Record<string, Schema>;
  items: Schema;
  description?: string;
  enum?: string[];
  required?: string[];
}

/** An independent validator: Ajv for draft 2020-12, with dates checked against the calendar. */
function validatorFor(ids: Record<CollectionName, Iterable<string>>) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv, { mode: 'full' });
  const validators = new Map(COLLECTION_NAMES.map((name) => [name, ajv.compile(collectionJsonSchema(name, { descriptions: DESCRIPTIONS, ids }))]));
  return (name: CollectionName, data: unknown) => {
    const validate = validators.get(name)!;
    return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

/** Every entry of a content folder as an editor sees it: YAML 1.2 front matter, or JSON. */
async function entriesOf(contentDir: string): Promise<{ name: CollectionName; file: string; data: unknown }[]> {
  const entries: { name: CollectionName; file: string; data: unknown }[] = [];
  for (const name of COLLECTION_NAMES) {
    const folder = path.join(contentDir, name);
    const files = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
    for (const file of files.filter((candidate) => candidate.endsWith(`.${COLLECTIONS[name].format}`))) {
      const text = await readFile(path.join(folder, file), 'utf8');
      const data = COLLECTIONS[name].format === 'json' ? JSON.parse(text) : parse(text.split(/^---$/m)[1]);
      entries.push({ name, file: `${name}/${file}`, data });
    }
  }
  return entries;
}

describe('JSON Schemas for editors', { timeout: 60_000 }, () => {
  it.each(['content', 'examples/en/content'])('accept every entry of %s, references included', async (folder) => {
    const { content } = await readContent(path.join(ROOT, folder), 'en');
    const check = validatorFor(content.ids);
    const entries = await entriesOf(path.join(ROOT, folder));
    expect(entries.length).toBeGreaterThan(20);
    for (const { name, file, data } of entries) expect(check(name, data), file).toEqual([]);
  });

  // Each change breaks one field of a valid tree; the validator must reject it, and so must the schema.
  const BAD: Record<string, [CollectionName, string, FileOverride]> = {
    'an impossible date': ['plans', 'plans/demo.mdx', { ...base('plans/demo.mdx'), kickoff: '2027-02-30' }],
    'a kick-off in 1900': ['plans', 'plans/demo.mdx', { ...base('plans/demo.mdx'), kickoff: '1900-12-31' }],
    'a kick-off in 2200': ['plans', 'plans/demo.mdx', { ...base('plans/demo.mdx'), kickoff: '2200-01-01' }],
    'a date without its day': ['plans', 'plans/demo.mdx', { ...base('plans/demo.mdx'), kickoff: '2027-02' }],
    'a missing required field': ['roles', 'roles/dev.mdx', { title: 'Entwicklung', side: 'vendor' }],
    'an unknown field': ['roles', 'roles/dev.mdx', { ...base('roles/dev.mdx'), colour: 'blue' }],
    'a word not in the list': ['risks', 'risks/late.mdx', { ...base('risks/late.mdx'), likelihood: 'huge' }],
    'an empty title': ['phases', 'phases/start.mdx', { ...base('phases/start.mdx'), title: '' }],
    'a fractional order': ['phases', 'phases/start.mdx', { ...base('phases/start.mdx'), order: 1.5 }],
    'an unknown role': ['phases', 'phases/start.mdx', { ...base('phases/start.mdx'), raci: { responsible: ['ghost'], accountable: 'lead' } }],
    'a capacity above 1': ['plans', 'plans/demo.mdx', planWith((plan) => (plan.team[0].capacity = 1.5))],
    'an id in capitals': ['plans', 'plans/demo.mdx', planWith((plan) => (plan.tasks[0].id = 'Setup'))],
    'an empty task list': ['plans', 'plans/demo.mdx', planWith((plan) => (plan.tasks = []))],
    'milestone: false': ['plans', 'plans/demo.mdx', planWith((plan) => (plan.tasks.at(-1)!.milestone = false))],
  };

  it.each(Object.entries(BAD))('reject %s, as kickoff validate does', async (_name, [collection, file, override]) => {
    const root = await writeTree({ [file]: override });
    const { content, findings } = await readContent(root, 'en');
    const errors = validateContent(content, findings, { lang: 'en', iterations: 0 }).filter((finding) => finding.severity === 'error');
    expect(errors.map((finding) => finding.file)).toContain(file);
    const [entry] = (await entriesOf(root)).filter((candidate) => candidate.file === file);
    expect(validatorFor(content.ids)(collection, entry.data)).not.toEqual([]);
  });

  it('describe every field in the words of the content model, or in those of the field that holds it', () => {
    const undescribed: string[] = [];
    const walk = (node: Schema, path: string, parentText: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description && !new RegExp(`\\b${key}\\b`).test(parentText)) undescribed.push(`${path}${key}`);
        walk(child, `${path}${key}.`, child.description ?? '');
        if (child.items) walk(child.items, `${path}${key}[].`, child.description ?? '');
      }
    };
    for (const name of COLLECTION_NAMES) walk(collectionJsonSchema(name, { descriptions: DESCRIPTIONS, ids: NO_IDS }) as Schema, `${name}:`, '');
    expect(undescribed).toEqual([]);
    const plan = collectionJsonSchema('plans', { descriptions: DESCRIPTIONS, ids: NO_IDS }) as Schema;
    expect(plan.properties.kickoff).toEqual({
      type: 'string',
      format: 'date',
      pattern: '^(190[1-9]|19[1-9]\\d|2[01]\\d\\d)-\\d{2}-\\d{2}$',
      description: 'the day of the kick-off, in the years 1901 to 2199; no task is placed before it (date; required)',
    });
    expect(plan.properties.tasks.items.properties.progress.description).toMatch(/^per cent done .*\n\non an active task without `remaining`/s);
    expect(plan.required).toEqual(['title', 'customer', 'vendor', 'kickoff', 'team', 'tasks']);
  });

  it('take a kick-off in each year a plan may start in, as kickoff validate does', async () => {
    const root = await writeTree({});
    const { content } = await readContent(root, 'en');
    const check = validatorFor(content.ids);
    const [entry] = (await entriesOf(root)).filter((candidate) => candidate.file === 'plans/demo.mdx');
    for (let year = 1901; year <= 2199; year++) {
      const kickoff = `${year}-${year % 2 === 0 ? '01-01' : '12-31'}`;
      expect(check('plans', { ...(entry.data as object), kickoff }), kickoff).toEqual([]);
    }
  });

  it('offer the ids of existing entries where a field refers to one', () => {
    const ids = { ...NO_IDS, roles: ['lead', 'dev'], phases: ['start'] };
    const phases = collectionJsonSchema('phases', { descriptions: DESCRIPTIONS, ids }) as Schema;
    expect(phases.properties.raci.properties.responsible.items.enum).toEqual(['dev', 'lead']);
    expect(phases.properties.raci.properties.accountable.enum).toEqual(['dev', 'lead']);
    expect(phases.properties.dependsOn.items.enum).toEqual(['start']);
    // No checklists yet: any id may be written (the validator names the missing one).
    expect(phases.properties.checklists.items.enum).toBeUndefined();
  });

  it('list each content file for Astro’s language server by its lower-cased file URL', () => {
    const manifest = editorManifest(new Map<CollectionName, string[]>([['roles', ['/Work/Mein Playbook/content/roles/Lead.mdx']]]));
    expect(manifest).toEqual({ collections: [{ hasSchema: true, name: 'roles' }], entries: { 'file:///work/mein playbook/content/roles/lead.mdx': 'roles' } });
  });
});
