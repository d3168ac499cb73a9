import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../../src/lib/config.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

/** A folder with the given kickoff.config.json text (or none). */
function project(text?: string): string {
  const dir = tempFolder('config');
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
    expect(loadConfig(dir, {})).toEqual({
      lang: 'de',
      title: 'Kick-off-Playbook',
      site: 'https://example.org',
      base: '/',
      contentDir: path.join(dir, 'content'),
    });
  });

  test('a byte order mark before the JSON, as Windows editors write it, is read past', () => {
    const dir = project(`\uFEFF${JSON.stringify({ lang: 'en', title: 'Playbook' })}`);
    expect(loadConfig(dir, {})).toMatchObject({ lang: 'en', title: 'Playbook' });
  });

  test('reads every setting, normalises the base, resolves the content folder', () => {
    const dir = project(JSON.stringify({ lang: 'en', title: 'Playbook', site: 'https://pb.example.org', base: 'playbook', content: 'inhalte' }));
    expect(loadConfig(dir, {})).toEqual({
      lang: 'en',
      title: 'Playbook',
      site: 'https://pb.example.org',
      base: '/playbook/',
      contentDir: path.join(dir, 'inhalte'),
    });
  });

  test('environment variables override the file, and are checked the same way', () => {
    const dir = project(JSON.stringify({ lang: 'de', base: '/' }));
    expect(loadConfig(dir, { KICKOFF_LANG: 'en', KICKOFF_BASE: '/sub/', KICKOFF_SITE: 'http://localhost:4321', KICKOFF_CONTENT: '/data/c' })).toMatchObject({
      lang: 'en',
      base: '/sub/',
      site: 'http://localhost:4321',
      contentDir: '/data/c',
    });
    // A wrong language cannot name itself: the message is in the default language, German.
    expect(errorOf(dir, { KICKOFF_LANG: 'fr' })).toBe('KICKOFF_LANG: `de` oder `en` (gefunden: "fr")');
    expect(errorOf(dir, { KICKOFF_LANG: 'en', KICKOFF_SITE: 'playbook.example.org' })).toMatch(/^KICKOFF_SITE: an absolute http\(s\) address/);
  });

  test('names the file, the setting and what was expected, in the configured language', () => {
    expect(errorOf(project('{"lang": "fr"}'))).toBe('kickoff.config.json: lang: `de` oder `en` (gefunden: "fr")');
    expect(errorOf(project('{"lang": "en", "site": "ftp://x.org"}'))).toMatch(
      /^kickoff\.config\.json: site: an absolute http\(s\) address .*\(found "ftp:\/\/x\.org"\)$/,
    );
    expect(errorOf(project('{"lang": "de", "site": "ftp://x.org"}'))).toMatch(
      /^kickoff\.config\.json: site: eine absolute http\(s\)-Adresse .*\(gefunden: "ftp:\/\/x\.org"\)$/,
    );
    expect(errorOf(project('{"lang": "en", "base": "mit leerzeichen"}'))).toMatch(/^kickoff\.config\.json: base: a sub-path/);
    expect(errorOf(project('{"lang": "en", "title": "  "}'))).toMatch(/^kickoff\.config\.json: title: a text/);
    expect(errorOf(project('{"lang": "en", "title": 5}'))).toMatch(/^kickoff\.config\.json: title: a text \(found 5\)$/);
    expect(errorOf(project('{"title": 5}'))).toBe('kickoff.config.json: title: ein Text (gefunden: 5)');
  });

  test('a misspelt setting is an error, not silently ignored', () => {
    expect(errorOf(project('{"lang": "en", "contentDir": "x"}'))).toBe(
      'kickoff.config.json: contentDir: no such setting; the settings are lang, title, description, site, base, content',
    );
    expect(errorOf(project('{"contentDir": "x"}'))).toBe(
      'kickoff.config.json: contentDir: diese Einstellung gibt es nicht; die Einstellungen sind lang, title, description, site, base, content',
    );
  });

  test('a device or pipe named as the settings file is refused before it is read (reading /dev/zero never ends)', () => {
    expect(errorOf(project(), { KICKOFF_LANG: 'en', KICKOFF_CONFIG: '/dev/zero' })).toBe('/dev/zero: a file (found a device, pipe or socket)');
    expect(errorOf(project(), { KICKOFF_CONFIG: '/dev/null' })).toBe('/dev/null: eine Datei (gefunden: ein Gerät, eine Pipe oder ein Socket)');
  });

  test('not JSON, or not an object', () => {
    expect(errorOf(project('{lang: de}'), { KICKOFF_LANG: 'en' })).toMatch(/^kickoff\.config\.json: valid JSON \(/);
    expect(errorOf(project('{lang: de}'))).toMatch(/^kickoff\.config\.json: gültiges JSON \(/);
    expect(errorOf(project('[]'), { KICKOFF_LANG: 'en' })).toBe('kickoff.config.json: an object of settings such as {"lang": "de"} (found [])');
    expect(errorOf(project('null'), { KICKOFF_LANG: 'en' })).toMatch(/found null/);
  });

  test('another settings file: KICKOFF_CONFIG or the file argument; its content folder is relative to it', () => {
    const dir = project();
    mkdirSync(path.join(dir, 'examples', 'en'), { recursive: true });
    writeFileSync(path.join(dir, 'examples', 'en', 'settings.json'), JSON.stringify({ lang: 'en', content: 'content' }));
    const expected = { lang: 'en', contentDir: path.join(dir, 'examples', 'en', 'content') };
    expect(loadConfig(dir, { KICKOFF_CONFIG: 'examples/en/settings.json' })).toMatchObject(expected);
    expect(loadConfig(dir, {}, 'examples/en/settings.json')).toMatchObject(expected);
    // A settings file that was asked for must exist; only the default may be missing.
    expect(errorOf(dir, { KICKOFF_CONFIG: 'nope.json' })).toBe('nope.json: nicht lesbar (ENOENT)');
  });

  test('the default title is the site name in the configured language', () => {
    expect(loadConfig(project('{"lang": "en"}'), {}).title).toBe('Kick-off playbook');
    expect(loadConfig(project(), {}).title).toBe('Kick-off-Playbook');
  });
});

describe('kickoff with a bad setting', () => {
  test('exits 2 with the message, no "internal error" and no stack trace', () => {
    const dir = project('{"lang": "fr"}');
    const bin = path.resolve(import.meta.dirname, '../../bin/kickoff.mjs');
    const env = { ...process.env };
    for (const key of ['KICKOFF_LANG', 'KICKOFF_CONFIG', 'KICKOFF_DEBUG', 'NODE_OPTIONS']) delete env[key];
    const run = spawnSync(process.execPath, [bin, 'validate'], { cwd: dir, env, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kickoff: kickoff.config.json: lang: `de` oder `en` (gefunden: "fr")\n');
  });
});
