import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { writeEditorSchemas } from '../../src/integration/editor-schemas.ts';
import { BASE, mdx, writeTree } from '../fixtures/content-tree.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const urlOf = (file: string) => decodeURIComponent(pathToFileURL(file).toString()).toLowerCase();

describe('the editor manifest', () => {
  it('names exactly the files validate reads: linked folders in, dot folders and foreign files out', async () => {
    const root = await writeTree();
    const shared = tempFolder('shared');
    await writeFile(path.join(shared, 'extra.mdx'), mdx(BASE['phases/start.mdx'] as Record<string, unknown>));
    await symlink(shared, path.join(root, 'phases', 'standard'));
    await mkdir(path.join(root, 'roles', '.drafts'));
    await writeFile(path.join(root, 'roles', '.drafts', 'draft.mdx'), mdx(BASE['roles/dev.mdx'] as Record<string, unknown>));
    await writeFile(path.join(root, 'roles', 'notes.txt'), 'not an entry');
    const out = tempFolder('schemas');
    const { content } = await readContent(root, 'en');

    await writeEditorSchemas({ content, contentDir: root, outDir: out });

    const manifest = JSON.parse(await readFile(path.join(out, 'collections.json'), 'utf8')) as { entries: Record<string, string> };
    const read = Object.entries(content)
      .filter(([name]) => name !== 'root' && name !== 'ids')
      .flatMap(([name, entries]) => (entries as { file: string }[]).map((entry) => [urlOf(path.join(root, entry.file)), name]));
    expect(manifest.entries).toEqual(Object.fromEntries(read));
    expect(manifest.entries[urlOf(path.join(root, 'phases/standard/extra.mdx'))]).toBe('phases');
  });
});
