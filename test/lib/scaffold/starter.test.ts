import { describe, expect, it } from 'vitest';
import { packageName, projectFiles } from '../../../src/lib/scaffold/starter.ts';

describe('packageName', () => {
  it('lowercases a folder name and joins what npm does not allow into single dashes', () => {
    expect(packageName('Mein Playbook!')).toBe('mein-playbook');
    expect(packageName('Café  Müller')).toBe('caf-m-ller');
    expect(packageName('kickoff_2027.v1')).toBe('kickoff_2027.v1');
  });

  it('drops leading dots, dashes and underscores and trailing dashes, and falls back to "playbook"', () => {
    expect(packageName('._-projekt--')).toBe('projekt');
    expect(packageName('.hidden')).toBe('hidden');
    expect(packageName('!!!')).toBe('playbook');
    expect(packageName('')).toBe('playbook');
  });
});

describe('projectFiles', () => {
  it('writes the settings, the package with the tool as a local dependency, the ignore list and the editor settings', () => {
    const files = projectFiles({ name: 'demo', lang: 'de', title: 'Demo', toolPath: '/opt/kickoff', readme: '# Demo\n' });
    expect(Object.keys(files).sort()).toEqual([
      '.gitignore',
      '.vscode/extensions.json',
      '.vscode/settings.json',
      'README.md',
      'kickoff.config.json',
      'package.json',
    ]);
    expect(files['kickoff.config.json']).toBe(
      '{\n  "lang": "de",\n  "title": "Demo",\n  "site": "https://example.org",\n  "base": "/",\n  "content": "content"\n}\n',
    );
    expect(JSON.parse(files['package.json'])).toEqual({
      name: 'demo',
      private: true,
      type: 'module',
      scripts: { build: 'kickoff build', dev: 'kickoff dev', validate: 'kickoff validate', test: 'kickoff validate --strict' },
      devDependencies: { 'kickoff-playbook': 'file:/opt/kickoff' },
    });
    expect(files['.gitignore']).toBe('node_modules/\ndist/\n.astro/\n');
    expect(JSON.parse(files['.vscode/extensions.json'])).toEqual({ recommendations: ['astro-build.astro-vscode'] });
    expect(JSON.parse(files['.vscode/settings.json'])).toEqual({
      'astro.content-intellisense': true,
      'json.schemas': [{ fileMatch: ['/content/snapshots/**/*.json'], url: './.astro/collections/snapshots.schema.json' }],
    });
    expect(files['README.md']).toBe('# Demo\n');
  });
});
