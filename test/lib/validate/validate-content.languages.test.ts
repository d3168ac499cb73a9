/**
 * The same broken content, validated in each language, reads entirely in that language:
 * schema errors (zod's own checks and ours), references, structure and the schedule's warnings.
 */
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../src/lib/content/finding.ts';
import { LANGUAGES } from '../../../src/lib/i18n/lang.ts';
import { base, check, planWith } from '../../fixtures/content-tree.ts';
import { wordsIn, wordsOnlyIn } from '../../helpers/language-words.ts';

/** One file per kind of finding; none is a syntax error, whose detail is the parser's own English. */
const BROKEN = {
  'roles/lead.mdx': { ...base('roles/lead.mdx'), side: 'both', kickoff: 'always', colour: 'red' },
  'phases/start.mdx': { ...base('phases/start.mdx'), order: 1.5, typicalDuration: { min: 4, max: 2, unit: 'months' } },
  'risks/late.mdx': { ...base('risks/late.mdx'), owner: 'ghost', likelihood: 'often' },
  'meetings/weekly.mdx': { ...base('meetings/weekly.mdx'), cadence: 'hourly', participants: ['lead'], duration: 0 },
  'checklists/prep.mdx': { ...base('checklists/prep.mdx'), items: [] },
  'plans/demo.mdx': planWith((plan) => {
    plan.kickoff = '2027-02-30';
    plan.tasks[0].duration = { optimistic: 5, likely: 3, pessimistic: 8 };
    plan.team[0].capacity = 2;
  }),
  'plans/second.mdx': planWith((plan) => {
    plan.buffer = { method: 'none' };
    plan.team[0].role = 'dev';
    plan.tasks[1].assignees = ['nobody'];
  }),
};

/** A message without what it quotes: field names and values in backticks, found values in quotes. */
const prose = (message: string) => message.replace(/`[^`]*`/g, ' ').replace(/"[^"]*"/g, ' ');

describe('a finding reads in the site language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every message is in ${lang}, and no word of another language's table appears`, async () => {
      const findings = await check(BROKEN, { lang });
      expect(findings.length).toBeGreaterThan(10);
      const codes = new Set(findings.map((finding) => finding.code));
      for (const code of ['schema', 'unknown-field', 'reference']) expect(codes, code).toContain(code);
      const foreign = LANGUAGES.filter((other) => other !== lang).flatMap(wordsOnlyIn);
      const offending = findings.map((finding) => prose(finding.message)).filter((text) => wordsIn(foreign, text).length > 0);
      expect(offending).toEqual([]);
      const own = wordsOnlyIn(lang);
      const unworded = findings.filter((finding) => wordsIn(own, prose(finding.message)).length === 0).map(formatFinding);
      expect(unworded, 'messages with no word of their own language').toEqual([]);
    });
  }

  it('the schedule warnings of a sound plan too', async () => {
    const broken = { 'plans/second.mdx': planWith((plan) => void (plan.buffer = { method: 'none' })) };
    const [de, en] = await Promise.all([check(broken, { lang: 'de' }), check(broken, { lang: 'en' })]);
    expect(de.find((finding) => finding.code === 'no-buffer')?.message).toMatch(/^Der Plan hat keinen Puffer/);
    expect(en.find((finding) => finding.code === 'no-buffer')?.message).toMatch(/^The plan has no buffer/);
  });
});
