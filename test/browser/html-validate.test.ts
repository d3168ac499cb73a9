// Gate 9 (part 1): every built HTML page of both builds passes html-validate's recommended
// preset. Node only, no browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlFiles, mainSite, subSite, type Site } from './helpers.ts';

const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true, // no .htmlvalidate.json from the repository or its parents
  extends: ['html-validate:recommended'],
  rules: {
    // Mermaid writes its intrinsic size on the root <svg> as `style="max-width: 1100px"` (the
    // SVG scales down to that width and no further) and `text-anchor` on axis labels. That is
    // valid SVG output we embed as-is; every other inline style in our own markup stays an error.
    'no-inline-style': ['error', { allowedProperties: ['display', 'max-width', 'text-anchor'] }],
    // A search-engine guideline, not validity: page titles are the authors' risk and checklist
    // titles (plus a short site suffix), and cutting them would hide what the page is about.
    'long-title': 'off',
  },
};

const validator = new HtmlValidate(new FileSystemConfigLoader(HTML_VALIDATE_CONFIG));

async function errorsOf(site: Site): Promise<string[]> {
  const errors: string[] = [];
  for (const file of htmlFiles(site.dist)) {
    const report = await validator.validateString(readFileSync(path.join(site.dist, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} [${message.selector ?? ''}]`);
      }
    }
  }
  return errors;
}

/** Many hits of one rule on one page are summarised, so that the report stays readable. */
function summarise(errors: string[]): string[] {
  const groups = new Map<string, string[]>();
  for (const error of errors) {
    const key = /^(\S+?):\d+:\d+ ([\w-]+):/.exec(error)?.slice(1).join(' ') ?? error;
    groups.set(key, [...(groups.get(key) ?? []), error]);
  }
  return [...groups.values()].map((group) => (group.length > 3 ? `${group[0]} (and ${group.length - 1} more of this rule on this page)` : group.join('\n')));
}

describe('gate 9: html-validate (html-validate:recommended)', () => {
  test('root build: every page valid', async () => {
    const site = mainSite();
    expect(htmlFiles(site.dist).length).toBeGreaterThan(20);
    expect(summarise(await errorsOf(site))).toEqual([]);
  });

  test('sub-path build without build-time diagrams: every page valid', async () => {
    expect(summarise(await errorsOf(subSite()))).toEqual([]);
  });
});
