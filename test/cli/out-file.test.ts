/** Where the one output of a command may go: standard output, a file, never a file the project reads. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputTarget, refuseProjectFiles, refuseStandardOutput } from '../../src/cli/out-file.ts';
import { translation } from '../../src/lib/i18n/index.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

const en = translation('en');
const de = translation('de');
const outcome = (run: () => unknown) => {
  try {
    return run();
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

describe('outputTarget', () => {
  const cases: [out: string | undefined, binary: string | undefined, terminal: boolean, expected: unknown][] = [
    [undefined, undefined, true, { to: 'stdout' }],
    ['-', undefined, true, { to: 'stdout' }],
    ['plan.csv', undefined, false, { to: 'file', file: 'plan.csv' }],
    // `./-` is a file named `-`, as in every tool that reads `-` as standard output.
    ['./-', undefined, false, { to: 'file', file: './-' }],
    ['plan.xlsx', 'xlsx', true, { to: 'file', file: 'plan.xlsx' }],
    ['-', 'xlsx', false, { to: 'stdout' }],
    [
      '-',
      'xlsx',
      true,
      'error: --format xlsx writes a binary file, and standard output is a terminal: redirect it (--out - > plan.xlsx) or name a file with --out FILE',
    ],
    [undefined, 'xlsx', false, 'error: --format xlsx writes a binary file: say where with --out FILE (e.g. --out plan.xlsx), or --out - for standard output'],
  ];
  it.each(cases)('--out %s, binary %s, terminal %s: %j', (out, binary, terminal, expected) => {
    expect(outcome(() => outputTarget(out, binary, terminal, en))).toEqual(expected);
  });

  it('says it in German too', () => {
    expect(outcome(() => outputTarget('-', 'xlsx', true, de))).toBe(
      'error: --format xlsx schreibt eine Binärdatei, und die Standardausgabe ist ein Terminal: umleiten (--out - > plan.xlsx) oder mit --out DATEI eine Datei angeben',
    );
  });
});

describe('refuseStandardOutput', () => {
  it('refuses `--out -` for a command that writes a folder, naming the command', () => {
    expect(outcome(() => refuseStandardOutput('-', 'build', en))).toBe(
      'error: --out -: kickoff build writes a folder, which cannot go to standard output; name a folder with --out DIR',
    );
    expect(outcome(() => refuseStandardOutput('-', 'schemas', de))).toBe(
      'error: --out -: kickoff schemas schreibt einen Ordner, der nicht auf die Standardausgabe gehen kann; mit --out ORDNER einen Ordner angeben',
    );
    expect(refuseStandardOutput('dist', 'build', en)).toBeUndefined();
    expect(refuseStandardOutput(undefined, 'build', en)).toBeUndefined();
  });
});

describe('refuseProjectFiles', () => {
  const root = tempFolder('out-file');
  const contentDir = path.join(root, 'content');
  mkdirSync(path.join(contentDir, 'plans'), { recursive: true });
  symlinkSync(contentDir, path.join(root, 'link-to-content'));
  writeFileSync(path.join(root, 'settings.json'), '{}');
  symlinkSync(path.join(root, 'settings.json'), path.join(root, 'settings-link.json'));
  // kickoff.config.json is named with --config and does not exist; settings.json exists, with a link to it.
  const project = { contentDir, configFile: path.join(root, 'kickoff.config.json') };
  const linked = { contentDir, configFile: path.join(root, 'settings.json') };
  const contentError = (shown: string) =>
    `error: ${shown} is inside the content folder, where it would be read as content or replace a content file; choose a file outside it`;
  const configError = (shown: string) => `error: ${shown} is the settings file in use, which the next command could no longer read; choose another file`;
  const cases: [target: string, expected: string | undefined][] = [
    ['plan.json', undefined],
    ['-', undefined],
    ['content-export.csv', undefined],
    ['content', contentError('content')],
    ['content/plans/p.mdx', contentError('content/plans/p.mdx')],
    ['content/new/deep.csv', contentError('content/new/deep.csv')],
    ['link-to-content/plans/p.mdx', contentError('link-to-content/plans/p.mdx')],
    // The settings file in use, whether it exists yet or not, and through a link.
    ['kickoff.config.json', configError('kickoff.config.json')],
    ['other.config.json', undefined],
  ];
  it.each(cases)('%s: %s', (target, expected) => {
    expect(outcome(() => refuseProjectFiles(path.join(root, target), target, project, en))).toBe(expected);
  });

  it('follows a link to the settings file', () => {
    expect(outcome(() => refuseProjectFiles(path.join(root, 'settings-link.json'), 'settings-link.json', linked, en))).toBe(configError('settings-link.json'));
  });

  it('names the settings file in German too', () => {
    expect(outcome(() => refuseProjectFiles(project.configFile, 'kickoff.config.json', project, de))).toBe(
      'error: kickoff.config.json ist die verwendete Einstellungsdatei, die der nächste Befehl nicht mehr lesen könnte; eine andere Datei wählen',
    );
  });
});
