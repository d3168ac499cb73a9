import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configLanguage, languageHint } from '../../src/lib/config-file.ts';
import { tempFolder } from '../helpers/temp-folder.ts';

function folderWith(files: Record<string, string>): string {
  const dir = tempFolder('config-file');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('languageHint', () => {
  it('takes KICKOFF_LANG before the file’s lang, and German when neither names a language', () => {
    expect(languageHint({ lang: 'en' }, {})).toBe('en');
    expect(languageHint({ lang: 'en' }, { KICKOFF_LANG: 'de' })).toBe('de');
    expect(languageHint({}, { KICKOFF_LANG: 'en' })).toBe('en');
    expect(languageHint({ lang: 'fr' }, {})).toBe('de');
    expect(languageHint({}, {})).toBe('de');
  });
});

describe('configLanguage', () => {
  it('reads the lang past a byte order mark', () => {
    expect(configLanguage(folderWith({ 'kickoff.config.json': '\uFEFF{"lang":"en"}' }), {})).toBe('en');
  });

  it('reads the lang of kickoff.config.json in the folder', () => {
    expect(configLanguage(folderWith({ 'kickoff.config.json': '{"lang":"en"}' }), {})).toBe('en');
  });

  it('reads the file KICKOFF_CONFIG names, or the one given, instead', () => {
    const dir = folderWith({ 'kickoff.config.json': '{"lang":"de"}', 'other.json': '{"lang":"en"}' });
    expect(configLanguage(dir, { KICKOFF_CONFIG: 'other.json' })).toBe('en');
    expect(configLanguage(dir, {}, 'other.json')).toBe('en');
  });

  it('falls back to the environment, else German, when the file is missing, broken or not an object', () => {
    expect(configLanguage(folderWith({}), {})).toBe('de');
    expect(configLanguage(folderWith({}), { KICKOFF_LANG: 'en' })).toBe('en');
    expect(configLanguage(folderWith({ 'kickoff.config.json': '{"lang":' }), { KICKOFF_LANG: 'en' })).toBe('en');
    expect(configLanguage(folderWith({ 'kickoff.config.json': 'null' }), {})).toBe('de');
    expect(configLanguage(folderWith({ 'kickoff.config.json': '"en"' }), {})).toBe('de');
    expect(configLanguage(folderWith({}), { KICKOFF_LANG: 'en' }, '/dev/zero')).toBe('en');
  });
});
