import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryCacheDir, openEntryPack, survivesJson, type EntryPack } from '../../../src/lib/content/entry-pack.ts';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { COLLECTION_NAMES } from '../../../src/lib/registry/collection-names.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { sha256 } from '../../../src/lib/cache/folder-store.ts';
import { base, mdx, planWith, writeTree } from '../../fixtures/content-tree.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../../content');

/** A pack that counts the outcomes it served. */
function counted(pack: EntryPack) {
  const served: string[] = [];
  return {
    served,
    pack: {
      ...pack,
      get(file: string, digest: string) {
        const outcome = pack.get(file, digest);
        if (outcome) served.push(file);
        return outcome;
      },
    } satisfies EntryPack,
  };
}

/** What a read gives, as the rest of the program sees it. */
async function everything(root: string, pack?: EntryPack) {
  const read = await readContent(root, 'en', { pack });
  pack?.save();
  const lines = (entry: { lineOf(path: (string | number)[]): number | undefined }) => [entry.lineOf(['title']), entry.lineOf(['tasks', 1, 'id']), entry.lineOf(['nothing'])];
  return JSON.parse(
    JSON.stringify({
      findings: validateContent(read.content, read.findings, { lang: 'en' }),
      ids: Object.fromEntries(Object.entries(read.content.ids).map(([name, ids]) => [name, [...ids].sort()])),
      entries: Object.fromEntries(
        COLLECTION_NAMES.map((name) => [name, read.content[name].map((entry) => [entry.id, entry.file, entry.data, entry.body, entry.source, lines(entry)])]),
      ),
    }),
  ) as unknown;
}

describe('the entry pack', () => {
  test('serves every unchanged file of the sample from the pack, with exactly what a fresh read gives', async () => {
    const dir = tempFolder('entries');
    const fresh = await everything(SAMPLE);
    const first = counted(openEntryPack(dir, SAMPLE, 'en', 'v1'));
    expect(await everything(SAMPLE, first.pack)).toEqual(fresh);
    expect(first.served).toEqual([]);

    const second = counted(openEntryPack(dir, SAMPLE, 'en', 'v1'));
    expect(await everything(SAMPLE, second.pack)).toEqual(fresh);
    const files = (await readContent(SAMPLE, 'en')).content;
    const all = COLLECTION_NAMES.flatMap((name) => files[name].map((entry) => entry.file));
    expect(second.served.sort()).toEqual(all.sort());
  });

  test('parses changed files again, keeps broken ones with their findings, and forgets removed ones', async () => {
    const root = await writeTree();
    const dir = tempFolder('entries');
    await everything(root, openEntryPack(dir, root, 'en', 'v1'));

    await writeFile(path.join(root, 'roles', 'lead.mdx'), mdx({ ...base('roles/lead.mdx'), title: 'Lead, renamed' }));
    await writeFile(path.join(root, 'risks', 'late.mdx'), '---\ntitle: [\n---\n');
    await rm(path.join(root, 'meetings', 'weekly.mdx'));
    const second = counted(openEntryPack(dir, root, 'en', 'v1'));
    const after = await everything(root, second.pack);
    expect(after).toEqual(await everything(root));
    expect(second.served).not.toContain('roles/lead.mdx');
    expect(second.served).toContain('roles/dev.mdx');

    const third = counted(openEntryPack(dir, root, 'en', 'v1'));
    expect(await everything(root, third.pack)).toEqual(after);
    // The broken file is served with its findings; the removed one is gone from the pack.
    expect(third.served).toContain('risks/late.mdx');
    const [packFile] = await readdir(dir);
    expect(await readFile(path.join(dir, packFile), 'utf8')).not.toContain('meetings/weekly.mdx');
  });

  test('is not trusted when written by other code, for another language or folder, or altered', async () => {
    const root = await writeTree();
    const dir = tempFolder('entries');
    await everything(root, openEntryPack(dir, root, 'en', 'v1'));
    for (const [version, lang, folder] of [
      ['v2', 'en', root],
      ['v1', 'de', root],
      ['v1', 'en', SAMPLE],
    ]) {
      const other = counted(openEntryPack(dir, folder, lang, version));
      await readContent(folder, lang as 'en', { pack: other.pack });
      other.pack.save();
      expect(other.served, `${version} ${lang} ${folder}`).toEqual([]);
    }
    // Altered: a pack alone in its folder, so that it is the one changed.
    const alone = tempFolder('entries');
    const first = counted(openEntryPack(alone, root, 'en', 'v1'));
    await readContent(root, 'en', { pack: first.pack });
    first.pack.save();
    const [packFile] = await readdir(alone);
    const text = await readFile(path.join(alone, packFile), 'utf8');
    expect(text).toContain('Entwicklung');
    await writeFile(path.join(alone, packFile), text.replace('Entwicklung', 'Entwicklunk'));
    const altered = counted(openEntryPack(alone, root, 'en', 'v1'));
    await readContent(root, 'en', { pack: altered.pack });
    expect(altered.served).toEqual([]);
  });

  test('keeps the lines findings were given, serves them in the next run, and forgets them when the file changes', async () => {
    const plan = mdx(planWith((data) => void (data.tasks[1].assignees = ['nobody'])));
    const root = await writeTree({ 'plans/demo.mdx': plan });
    const dir = tempFolder('entries');
    const FIELD = 'tasks[1].assignees[0]';
    const lineOfFinding = async () => {
      const pack = openEntryPack(dir, root, 'en', 'v1');
      const read = await readContent(root, 'en', { pack });
      const findings = validateContent(read.content, read.findings, { lang: 'en' });
      pack.save();
      return findings.find((finding) => finding.file === 'plans/demo.mdx' && finding.path === FIELD)?.line;
    };
    // By hand: the line of the list item naming `nobody`.
    const expected = plan.split('\n').findIndex((line) => /^\s*- nobody\s*$/.test(line)) + 1;
    expect(expected).toBeGreaterThan(1);
    expect(await lineOfFinding()).toBe(expected);

    const [packFile] = await readdir(dir);
    const packText = await readFile(path.join(dir, packFile), 'utf8');
    const [format, key] = packText.slice(0, packText.indexOf('\n')).split(' ');
    const stored = JSON.parse(packText.slice(packText.indexOf('\n') + 1)) as { outcomes: Record<string, { lines?: Record<string, number | null> }> };
    const pathKey = JSON.stringify(['tasks', 1, 'assignees', 0]);
    expect(stored.outcomes['plans/demo.mdx'].lines?.[pathKey]).toBe(expected);
    // The next run answers from the pack: proven with a pack whose line was changed (hash and all).
    stored.outcomes['plans/demo.mdx'].lines = { [pathKey]: 999 };
    const body = JSON.stringify(stored);
    await writeFile(path.join(dir, packFile), `${format} ${key} ${sha256(body)}\n${body}`);
    expect(await lineOfFinding()).toBe(999);
    // A comment line above every field moves the finding one line down; nothing stale is served.
    await writeFile(path.join(root, 'plans', 'demo.mdx'), plan.replace('---\n', '---\n# moved\n'));
    expect(await lineOfFinding()).toBe(expected + 1);
  });

  test('is written by its owner once: reading keeps outcomes in memory only, and a save with nothing new writes nothing', async () => {
    const root = await writeTree();
    const dir = tempFolder('entries');
    const pack = openEntryPack(dir, root, 'en', 'v1');
    await readContent(root, 'en', { pack });
    expect(await readdir(dir)).toEqual([]);
    pack.save();
    const [packFile] = await readdir(dir);
    const written = await readFile(path.join(dir, packFile), 'utf8');
    expect(written).toContain('roles/lead.mdx');
    await rm(path.join(dir, packFile));
    pack.save();
    expect(await readdir(dir)).toEqual([]);
  });

  test('lives in node_modules/.cache/kickoff-entries of the project, another folder by KICKOFF_ENTRY_CACHE, none by `off`', () => {
    expect(entryCacheDir({}, '/project')).toBe('/project/node_modules/.cache/kickoff-entries');
    expect(entryCacheDir({ KICKOFF_ENTRY_CACHE: 'tmp/e' }, '/project')).toBe('/project/tmp/e');
    expect(entryCacheDir({ KICKOFF_ENTRY_CACHE: 'off' }, '/project')).toBeUndefined();
  });
});

describe('survivesJson', () => {
  test('accepts what JSON gives back unchanged', () => {
    expect(survivesJson({ a: [1, 'x', true, null, { b: 2.5 }], c: {} })).toBe(true);
    expect(survivesJson(Object.create(null))).toBe(true);
  });

  test.each([
    ['undefined property', { a: undefined }],
    ['Date', { a: new Date(0) }],
    ['Map', { a: new Map() }],
    ['Set', [new Set()]],
    ['NaN', [Number.NaN]],
    ['Infinity', { a: Number.POSITIVE_INFINITY }],
    ['-0', { a: -0 }],
    // eslint-disable-next-line no-sparse-arrays -- the hole is what is tested
    ['hole', [1, , 3]],
    ['function', { a: () => 1 }],
    ['bigint', { a: 1n }],
    ['class instance', { a: new (class Point {})() }],
    ['undefined', undefined],
  ])('refuses a value with a %s', (_, value) => {
    expect(survivesJson(value)).toBe(false);
  });
});
