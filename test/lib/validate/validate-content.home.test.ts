/**
 * The home page (`index.mdx` at the content root) is read and checked like every collection:
 * its fields by the schema, the entries it features as references.
 */
import { describe, expect, it } from 'vitest';
import { check, errors, findingLike, mdx, validateTree, writeTree } from '../../fixtures/content-tree.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';

describe('the home page', () => {
  it('is optional', async () => {
    expect(errors(await check())).toEqual([]);
  });

  it('is read from index.mdx at the content root, with its body', async () => {
    const root = await writeTree({
      'index.mdx': mdx({ title: 'Welcome', lead: 'Start here.', steps: ['One', 'Two'], featured: { checklists: ['prep'], roles: ['dev'] } }, '\nHello.\n'),
    });
    const { content, findings } = await readContent(root, 'en');
    expect(findings).toEqual([]);
    expect(content.home).toHaveLength(1);
    expect(content.home[0]).toMatchObject({ id: 'index', file: 'index.mdx', body: '\nHello.\n' });
    expect(content.home[0].data).toEqual({ title: 'Welcome', lead: 'Start here.', steps: ['One', 'Two'], featured: { checklists: ['prep'], roles: ['dev'] } });
    expect(errors(await validateTree(root))).toEqual([]);
  });

  it('is not mistaken for an entry of another collection, nor are other root files read', async () => {
    const root = await writeTree({ 'index.mdx': mdx({ lead: 'Start here.' }), 'notes.mdx': '---\nnonsense: [\n---\n' });
    const { content, findings } = await readContent(root, 'en');
    expect(findings).toEqual([]);
    expect(content.home.map((entry) => entry.file)).toEqual(['index.mdx']);
    expect(content.roles.map((entry) => entry.id).sort()).toEqual(['dev', 'lead']);
  });

  it('names a wrong field with file, line and what was expected', async () => {
    const findings = await check({ 'index.mdx': mdx({ lead: 'Start here.', steps: 'Read everything' }) });
    findingLike(findings, { file: 'index.mdx', path: 'steps', line: 3, message: '(found "Read everything")' });
  });

  it('names a featured checklist or role that does not exist, with the one that was probably meant', async () => {
    const findings = await check({ 'index.mdx': mdx({ featured: { checklists: ['prepp'], roles: ['lead', 'nobody'] } }) });
    findingLike(findings, {
      file: 'index.mdx',
      path: 'featured.checklists[0]',
      code: 'reference',
      message: 'the id of an existing checklist in checklists/ (found `prepp`); did you mean `prep`?',
    });
    findingLike(findings, {
      file: 'index.mdx',
      path: 'featured.roles[1]',
      code: 'reference',
      message: 'the id of an existing role in roles/ (found `nobody`)',
    });
    expect(errors(findings)).toHaveLength(2);
  });
});
