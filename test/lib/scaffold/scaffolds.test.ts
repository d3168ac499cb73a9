import { cp, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import type { Lang } from '../../../src/lib/i18n/lang.ts';
import { scaffoldDocument, titleFromId } from '../../../src/lib/scaffold/scaffold-document.ts';
import { SCAFFOLD_KINDS, SCAFFOLDS, type ScaffoldKind } from '../../../src/lib/scaffold/scaffolds.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { base, mdx, writeTree } from '../../fixtures/content-tree.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TODAY = new Date('2027-01-13T10:00:00Z');

async function copyOf(source: string): Promise<string> {
  const folder = tempFolder('scaffold');
  await cp(source, folder, { recursive: true });
  return folder;
}

/** Writes one scaffold of each kind into `root` and returns the findings of the whole playbook. */
async function scaffoldAll(root: string, lang: Lang, kinds: readonly ScaffoldKind[] = SCAFFOLD_KINDS) {
  for (const kind of kinds) {
    const { content } = await readContent(root, lang);
    const { collection, scaffold } = SCAFFOLDS[kind];
    const result = scaffold({ id: `new-${kind}`, content, lang, today: TODAY });
    if (!result.ok) throw new Error(`${kind}: needs ${result.needs.collection}`);
    await mkdir(path.join(root, collection), { recursive: true });
    await writeFile(path.join(root, collection, `new-${kind}.mdx`), result.source);
  }
  const { content, findings } = await readContent(root, lang);
  return { content, findings: validateContent(content, findings, { lang, iterations: 0 }) };
}

describe('scaffolds', { timeout: 60_000 }, () => {
  it.each([
    ['the German sample', 'content', 'de'],
    ['the English example', 'examples/en/content', 'en'],
    ['a foreign playbook (harbour cranes: other roles and phases)', 'test/fixtures/foreign-playbook/content', 'en'],
  ] as const)('every kind written into %s validates without a finding of its own', async (_name, folder, lang) => {
    const root = await copyOf(path.join(ROOT, folder));
    const { content, findings } = await scaffoldAll(root, lang);
    expect(findings.filter((finding) => finding.file.includes('new-'))).toEqual([]);
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    // Each new entry joined its collection under its id.
    for (const kind of SCAFFOLD_KINDS) expect(content.ids[SCAFFOLDS[kind].collection].has(`new-${kind}`)).toBe(true);
  });

  it('builds a playbook from nothing in the order the refusals ask for, with no finding at all', async () => {
    const root = await writeTree({}, { base: false });
    const { content } = await readContent(root, 'en');
    for (const kind of ['phase', 'checklist', 'risk', 'meeting', 'plan'] as const) {
      expect(SCAFFOLDS[kind].scaffold({ id: 'x', content, lang: 'en', today: TODAY })).toEqual({
        ok: false,
        needs: { collection: 'roles', count: kind === 'meeting' ? 2 : 1 },
      });
    }
    await scaffoldAll(root, 'en', ['role']);
    const { content: oneRole } = await readContent(root, 'en');
    expect(SCAFFOLDS.meeting.scaffold({ id: 'x', content: oneRole, lang: 'en', today: TODAY })).toEqual({
      ok: false,
      needs: { collection: 'roles', count: 2 },
    });
    await writeFile(path.join(root, 'roles', 'vendor-dev.mdx'), mdx({ ...base('roles/dev.mdx') }));
    const { findings } = await scaffoldAll(root, 'en', ['phase', 'checklist', 'risk', 'meeting', 'term', 'plan']);
    expect(findings).toEqual([]);
  });

  it('refers to the playbook’s own roles and phases: lead role, last phase, first phase', async () => {
    const root = await writeTree();
    const { content } = await readContent(root, 'en');
    const frontMatter = (kind: ScaffoldKind) => {
      const result = SCAFFOLDS[kind].scaffold({ id: 'x', content, lang: 'en', today: TODAY });
      if (!result.ok) throw new Error(kind);
      return parse(result.source.split('---\n')[1]) as Record<string, unknown>;
    };
    // BASE: roles lead (customer, required) and dev (vendor); phases start (1) and build (2).
    expect(frontMatter('phase')).toMatchObject({ order: 3, dependsOn: ['build'], raci: { responsible: ['lead'], accountable: 'lead' } });
    expect(frontMatter('checklist')).toMatchObject({ phase: 'start', items: [{ role: 'lead', due: -5, critical: false }] });
    expect(frontMatter('risk')).toMatchObject({ owner: 'lead', likelihood: 'medium', impact: 'medium', strategy: 'mitigate' });
    expect(frontMatter('meeting')).toMatchObject({ chair: 'lead', participants: ['dev'], cadence: 'weekly', duration: 60 });
    const plan = frontMatter('plan');
    // The first Monday at least two weeks after Wednesday 13 January 2027.
    expect(plan.kickoff).toBe('2027-02-01');
    expect(plan.team).toEqual([{ id: 'lead', name: 'TBD (Projektleitung)', role: 'lead', capacity: 0.5 }]);
    expect(plan.buffer).toEqual({ method: 'percent', value: 15 });
  });

  it('gives a plan the buffer its playbook’s rule asks for, before the rule’s milestone', async () => {
    const start = { ...base('phases/start.mdx'), rules: { buffer: { minPercent: 22.5, before: 'build' } } };
    const root = await writeTree({ 'phases/start.mdx': start });
    const { content } = await readContent(root, 'en');
    const result = SCAFFOLDS.plan.scaffold({ id: 'ruled', content, lang: 'en', today: TODAY });
    if (!result.ok) throw new Error('plan');
    const plan = parse(result.source.split('---\n')[1]) as { buffer: unknown; tasks: { id: string; milestone?: boolean; dependsOn?: string[] }[] };
    expect(plan.buffer).toEqual({ method: 'percent', value: 23, before: 'm-build' });
    expect(plan.tasks.find((task) => task.id === 'm-build')).toMatchObject({ milestone: true, dependsOn: ['build'] });
    await writeFile(path.join(root, 'plans', 'ruled.mdx'), result.source);
    const read = await readContent(root, 'en');
    const findings = validateContent(read.content, read.findings, { lang: 'en', iterations: 0 });
    expect(findings.filter((finding) => finding.file === 'plans/ruled.mdx')).toEqual([]);
  });

  it('writes its hints as comments in the site’s language', () => {
    const text = scaffoldDocument(
      [
        { key: 'title', value: 'a: b # c', hint: 'first\nsecond' },
        { key: 'n', value: [1] },
      ],
      'Body',
    );
    expect(text).toBe('---\n# first\n# second\ntitle: "a: b # c"\nn:\n  - 1\n---\n\nBody\n');
    expect(parse(text.split('---\n')[1])).toEqual({ title: 'a: b # c', n: [1] });
  });

  it('titles an entry after its id', () => {
    expect(titleFromId('vendor-developer')).toBe('Vendor developer');
    expect(titleFromId('projektleitung')).toBe('Projektleitung');
    expect(titleFromId('m2')).toBe('M2');
  });
});
