import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/lib/config.ts';

/** A folder with the given kickoff.config.json text (or none). */
function project(text?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kickoff-config-'));
  if (text !== undefined) writeFileSync(path.join(dir, 'kickoff.config.json'), text);
  return dir;
}

const errorOf = (dir: string, env: NodeJS.ProcessEnv = {}) => {
  try {
    loadConfig(dir, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('loadConfig', () => {
  test('defaults without a file', () => {
    const dir = project();
    expect(loadConfig(dir, {})).toEqual({ lang: 'de', title: 'Kick-off-Playbook', site: 'https://example.org', base: '/', contentDir: path.join(dir, 'content') });
  });

  test('reads every setting, normalises the base, resolves the content folder', () => {
    const dir = project(JSON.stringify({ lang: 'en', title: 'Playbook', site: 'https://pb.example.org', base: 'playbook', content: 'inhalte' }));
    expect(loadConfig(dir, {})).toEqual({ lang: 'en', title: 'Playbook', site: 'https://pb.example.org', base: '/playbook/', contentDir: path.join(dir, 'inhalte') });
  });

  test('environment variables override the file, and are checked the same way', () => {
    const dir = project(JSON.stringify({ lang: 'de', base: '/' }));
    expect(loadConfig(dir, { KICKOFF_LANG: 'en', KICKOFF_BASE: '/sub/', KICKOFF_SITE: 'http://localhost:4321', KICKOFF_CONTENT: '/data/c' })).toMatchObject({
      lang: 'en',
      base: '/sub/',
      site: 'http://localhost:4321',
      contentDir: '/data/c',
    });
    expect(errorOf(dir, { KICKOFF_LANG: 'fr' })).toBe('KICKOFF_LANG: `de` or `en` (found "fr")');
    expect(errorOf(dir, { KICKOFF_SITE: 'playbook.example.org' })).toMatch(/^KICKOFF_SITE: an absolute http\(s\) address/);
  });

  test('names the file, the setting and what was expected', () => {
    expect(errorOf(project('{"lang": "fr"}'))).toBe('kickoff.config.json: lang: `de` or `en` (found "fr")');
    expect(errorOf(project('{"site": "ftp://x.org"}'))).toMatch(/^kickoff\.config\.json: site: an absolute http\(s\) address .*\(found "ftp:\/\/x\.org"\)$/);
    expect(errorOf(project('{"base": "mit leerzeichen"}'))).toMatch(/^kickoff\.config\.json: base: a sub-path/);
    expect(errorOf(project('{"title": "  "}'))).toMatch(/^kickoff\.config\.json: title: a text/);
    expect(errorOf(project('{"title": 5}'))).toMatch(/^kickoff\.config\.json: title: a text \(found 5\)$/);
  });

  test('a misspelt setting is an error, not silently ignored', () => {
    expect(errorOf(project('{"contentDir": "x"}'))).toBe('kickoff.config.json: contentDir: no such setting; the settings are lang, title, site, base, content');
  });

  test('not JSON, or not an object', () => {
    expect(errorOf(project('{lang: de}'))).toMatch(/^kickoff\.config\.json: valid JSON \(/);
    expect(errorOf(project('[]'))).toBe('kickoff.config.json: an object of settings such as {"lang": "de"} (found [])');
    expect(errorOf(project('null'))).toMatch(/found null/);
  });
});

describe('kickoff with a bad setting', () => {
  test('exits 2 with the message, no "internal error" and no stack trace', () => {
    const dir = project('{"lang": "fr"}');
    const bin = path.resolve(import.meta.dirname, '../../bin/kickoff.mjs');
    const env = { ...process.env };
    for (const key of ['KICKOFF_LANG', 'KICKOFF_DEBUG', 'NODE_OPTIONS']) delete env[key];
    const run = spawnSync(process.execPath, [bin, 'validate'], { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kickoff: kickoff.config.json: lang: `de` or `en` (found "fr")\n');
  });
});
