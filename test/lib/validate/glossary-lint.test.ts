import { cp } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/read-content.ts';
import { allowedIn, avoidListLines, discouragedUses, glossaryFindings, synonymPattern } from '../../../src/lib/validate/glossary-lint.ts';
import { validateContent } from '../../../src/lib/validate/validate-content.ts';
import { numRuns } from '../../helpers/property-runs.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const term = (id: string, title: string, avoid: string[]) => ({ id, file: `glossary/${id}.mdx`, data: { title, definition: 'd', avoid } });
const words = (source: string, glossary = [term('importdatei', 'Importdatei', ['Importfile*']), term('kam', 'Key-Account-Manager', ['Key Account'])]) =>
  discouragedUses(glossary, [{ file: 'x.mdx', source }]).map((use) => `${use.line}:${use.column} ${use.found} → ${use.preferred}`);

describe('synonymPattern', () => {
  it('matches the word as written, whole, or run on with a trailing *', () => {
    expect('Das Importfile und die Importfiles'.match(synonymPattern('Importfile*'))).toEqual(['Importfile', 'Importfiles']);
    expect('Key Account, Key-Account-Manager, Key Accounts, key account'.match(synonymPattern('Key Account'))).toEqual(['Key Account']);
    expect('Key\n Account'.match(synonymPattern('Key Account'))).toEqual(['Key\n Account']);
    expect('ein Jour fixe, zwei Jour fixes'.match(synonymPattern('Jour fixes'))).toEqual(['Jour fixes']);
  });
});

describe('discouragedUses', () => {
  it('names file, line, column, the word found and the preferred term', () => {
    expect(words('---\ntitle: x\n---\n\nDas Importfile schickt der Key Account.\n')).toEqual([
      '5:5 Importfile → Importdatei',
      '5:28 Key Account → Key-Account-Manager',
    ]);
  });

  it('lets a file state an intended use in its front matter, for the word or the synonym as listed', () => {
    const source =
      '---\n# glossary-allow: Key Account — der Großkunde selbst\n# glossary-allow: Importfiles\ntitle: x\n---\n\nKey Account Importfiles Importfile\n';
    expect([...allowedIn(source)]).toEqual(['Key Account', 'Importfiles']);
    expect(words(source)).toEqual(['7:25 Importfile → Importdatei']);
  });

  it('checks a glossary entry’s definition and text, but not the list of words it avoids', () => {
    const glossary = [term('abgrenzungsliste', 'Abgrenzungsliste', ['Liste dessen', 'Out-of-scope-Liste*'])];
    const source = [
      '---',
      'title: "Abgrenzungsliste"',
      'definition: "Die Liste dessen, was nicht dazugehört."',
      'avoid:',
      '  - "Out-of-scope-Liste*"',
      '  - "Liste dessen"',
      '---',
      '',
      'Keine Out-of-scope-Liste mehr.',
    ].join('\n');
    const uses = discouragedUses(glossary, [{ file: 'glossary/abgrenzungsliste.mdx', source }]);
    expect(uses.map((use) => `${use.line}:${use.column} ${use.found}`)).toEqual(['3:18 Liste dessen', '9:7 Out-of-scope-Liste']);
  });

  it('skips the avoid list only in the glossary’s files: elsewhere an avoid key is text like any other', () => {
    const glossary = [term('importdatei', 'Importdatei', ['Importfile*'])];
    const source = '---\navoid:\n  - Importfile\n---\n';
    expect(discouragedUses(glossary, [{ file: 'glossary/importdatei.mdx', source }])).toEqual([]);
    expect(discouragedUses(glossary, [{ file: 'phases/x.mdx', source }]).map((use) => use.line)).toEqual([3]);
  });
});

describe('allowedIn', () => {
  it('reads several words, trimmed, skipping empty ones, from an indented directive too', () => {
    expect([...allowedIn('---\n  # glossary-allow: Key Account, , Importfile,\n---\n')]).toEqual(['Key Account', 'Importfile']);
  });

  it('ends the words at a reason after a dash or in parentheses', () => {
    expect([...allowedIn('# glossary-allow: Key Account (der Großkunde selbst)')]).toEqual(['Key Account']);
    expect([...allowedIn('# glossary-allow: Key Account  –  Grund')]).toEqual(['Key Account']);
  });
});

describe('discouragedUses and glossary-allow', () => {
  it('skips an indented directive line, whose reason may name another discouraged word', () => {
    expect(words('---\n  # glossary-allow: Key Account — nicht Importfile\ntitle: x\n---\n')).toEqual([]);
  });

  it('exempts every form of an allowed synonym, also one spaced or run on differently', () => {
    expect(words('---\n# glossary-allow: Key Account, Importfile*\n---\nDer Key  Account und die Importfiles.\n')).toEqual([]);
  });
});

describe('glossaryFindings', () => {
  it('turns a use into a warning at its line and column, with no field path', () => {
    const use = { file: 'x.mdx', line: 5, column: 28, found: 'Key Account', preferred: 'Key-Account-Manager', glossaryFile: 'glossary/kam.mdx' };
    expect(glossaryFindings([use], (u) => `${u.found} → ${u.preferred}`)).toEqual([
      { severity: 'warning', code: 'glossary-term', file: 'x.mdx', path: '', line: 5, column: 28, message: 'Key Account → Key-Account-Manager' },
    ]);
  });
});

describe('avoidListLines', () => {
  it('starts outside the list, ends at a closing fence with trailing spaces, and reads front matter left open to its end', () => {
    expect([...avoidListLines('---\n# note\ntitle: a\navoid: [b]\n---\n')]).toEqual([3]);
    expect([...avoidListLines('--- \navoid: [a]\n---  \navoid: b\n')]).toEqual([1]);
    expect([...avoidListLines('---\ntitle: a\navoid:\n  - b')]).toEqual([2, 3]);
  });

  it('takes only the key avoid at the line start, with or without a space before its colon', () => {
    expect([...avoidListLines('---\navoid : [a]\ndefinition: "avoid: b"\n  - c\n---\n')]).toEqual([1]);
  });

  it('covers the avoid key and its items, in block or flow style, up to the next key', () => {
    expect([...avoidListLines('---\ntitle: a\navoid:\n  - "b"\n  # note\n  - c\ndefinition: d\n---\navoid: e\n')]).toEqual([2, 3, 4, 5]);
    expect([...avoidListLines('---\navoid: [a, b]\ntitle: c\n---\n')]).toEqual([1]);
    expect([...avoidListLines('no front matter\navoid: a\n')]).toEqual([]);
  });
});

const ROOT = path.resolve(import.meta.dirname, '../../..');

async function glossaryWarnings(root: string) {
  const { content, findings } = await readContent(root, 'de');
  return validateContent(content, findings, { iterations: 0 }).filter((finding) => finding.code === 'glossary-term');
}

describe('the German sample’s wording', { timeout: 60_000 }, () => {
  it('finds the drift the issue names in the sample as it was, and none in the revised sample', async () => {
    // The texts as they were before the revision, checked against today's glossary.
    const root = path.join(tempFolder('glossary'), 'content');
    await cp(path.join(ROOT, 'test/fixtures/sample-before-19'), root, { recursive: true });
    await cp(path.join(ROOT, 'content/glossary'), path.join(root, 'glossary'), { recursive: true });
    const before = await glossaryWarnings(root);
    const found = new Set(before.map((finding) => /gefunden: „([^“]+)“/.exec(finding.message)?.[1]));
    for (const word of [
      'Datenverantwortung',
      'Key Account',
      'Change-Prozess',
      'Change Control',
      'Änderungssteuerung',
      'Change Request',
      'Out-of-scope-Liste',
      'Liste dessen',
      'Entscheidungslog',
      'Importfile',
      'profilieren',
      'Stundenplan',
      'Jour fixes',
    ]) {
      expect(found, word).toContain(word);
    }
    expect(before.every((finding) => finding.line !== undefined && finding.severity === 'warning')).toBe(true);

    expect(await glossaryWarnings(path.join(ROOT, 'content'))).toEqual([]);
  });
});

describe('discouragedUses on random texts', () => {
  const GLOSSARY = [
    term('importdatei', 'Importdatei', ['Importfile*', 'Import-File']),
    term('kam', 'Key-Account-Manager', ['Key Account', 'Key']),
    term('steward', 'Data Steward', ['Datenverantwortung', 'Daten*']),
  ];
  const PIECES = [
    'Importfile',
    'Importfiles',
    'Import-File',
    'Key Account',
    'Key  Account',
    'Key\tAccount',
    'Key\n  Account',
    'Key',
    'Key-Account',
    'key',
    'Datenverantwortung',
    'Datenbank',
    'Daten',
    ' ',
    '\n',
    '-',
    'x',
    '# glossary-allow: Key — Grund',
    '# Key',
  ];
  /** The lint as the rules state it: every synonym's pattern on every line, nothing ruled out in advance. */
  const reference = (source: string) => {
    const allowed = allowedIn(source);
    return source.split(/\r?\n/).flatMap((text, index) => {
      if (text.trimStart().startsWith('#') && /^#\s*glossary-allow:/.test(text.trim())) return [];
      return GLOSSARY.flatMap((entry) =>
        entry.data.avoid
          .filter((synonym) => !allowed.has(synonym))
          .flatMap((synonym) =>
            [...text.matchAll(synonymPattern(synonym))]
              .filter((match) => !allowed.has(match[0]))
              .map((match) => `${index + 1}:${(match.index ?? 0) + 1} ${match[0]} → ${entry.data.title}`),
          ),
      );
    });
  };

  it('finds exactly what every pattern on every line finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const source = parts.join('');
        expect(words(source, GLOSSARY)).toEqual(reference(source));
      }),
      { numRuns: numRuns(2000) },
    );
  });
});
