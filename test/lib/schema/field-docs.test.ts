/**
 * fieldDescriptions on a small hand-written content model: which tables count (a first column
 * headed `field`, under a heading the targets name, after the sentence that tells tables of one
 * section apart), how a row becomes hover text, and the keys it is filed under.
 */
import { describe, expect, it } from 'vitest';
import { fieldDescriptions, fieldKey } from '../../../src/lib/schema/field-docs.ts';

const MODEL = [
  '# Content model',
  '',
  '## roles',
  '',
  'A role is a person’s part in the project.',
  '',
  '| field | type | required | meaning |',
  '| ----- | ---- | -------- | ------- |',
  '| `title` | text | required | the role’s name, see [roles](#roles) |',
  '| `short`, `abbr` | text | optional | a short name; `a \\| b` is one cell |',
  '| `kickoff` | `required` \\| `optional` | | |',
  '|  field  | type | required | meaning |',
  '',
  '### phases  ',
  '',
  'The `raci` object of a phase:',
  '',
  '| field | type | required | meaning |',
  '| --- | --- | --- | --- |',
  '| `responsible` | list of role ids | optional | who does the work |',
  '',
  'A phase has these fields:',
  '',
  '| field | type | required | meaning |',
  '|-|-|-|-|',
  '| `title` | text | required | the phase’s name |',
  '',
  '| name | type |',
  '| ---- | ---- |',
  '| `ignored` | text |',
  '',
  '## tasks',
  '',
  '| field | type | required | meaning |',
  '| --- | --- | --- | --- |',
  '| `progress` | 0–100 | optional | per cent done |',
  '',
  '## Fields for tracking',
  '',
  'These fields of a [task](#tasks) record what happened:',
  '',
  '| field | type | required | meaning |',
  '| --- | --- | --- | --- |',
  '| `progress` | 0–100 | optional | on an active task |',
  '',
  '## Elsewhere',
  '',
  '| field | type | required | meaning |',
  '| --- | --- | --- | --- |',
  '| `nothing` | text | optional | not filed |',
].join('\n');

describe('fieldDescriptions', () => {
  it('files each row of a field table under its collection and path, meaning first, then type and whether required', () => {
    expect(Object.fromEntries(fieldDescriptions(MODEL))).toEqual({
      // Links are reduced to their words, escaped bars are bars again; two names share one row.
      'roles:title': 'the role’s name, see roles (text; required)',
      'roles:short': 'a short name; `a | b` is one cell (text; optional)',
      'roles:abbr': 'a short name; `a | b` is one cell (text; optional)',
      // Without a meaning: type and requirement only; without a requirement: the type alone.
      'roles:kickoff': '`required` | `optional`',
      // Under "phases": the table after the sentence that names `raci` is the raci object's.
      'phases:raci.responsible': 'who does the work (list of role ids; optional)',
      'phases:title': 'the phase’s name (text; required)',
      // A field listed twice keeps both texts.
      'plans:tasks.[].progress': 'per cent done (0–100; optional)\n\non an active task (0–100; optional)',
    });
  });

  it('reads a row whose cells are missing as empty and one of them', () => {
    const model = ['## roles', '', '| field | type | required | meaning |', '| --- | --- | --- | --- |', '| `title` | text |', '| `plain` |'].join('\n');
    expect(Object.fromEntries(fieldDescriptions(model))).toEqual({ 'roles:title': 'text', 'roles:plain': '' });
  });

  it('ends a table at the first line that is no row', () => {
    const model = [
      '## roles',
      '',
      '| field | type | required | meaning |',
      '| --- | --- | --- | --- |',
      '| `title` | text | required | the name |',
      'A line between.',
      '| `after` | text | optional | not a row of the table |',
    ].join('\n');
    expect([...fieldDescriptions(model).keys()]).toEqual(['roles:title']);
  });
});

describe('fieldKey', () => {
  it('joins the collection and the path, with [] for a list’s items', () => {
    expect(fieldKey('plans', ['tasks', '[]', 'phase'])).toBe('plans:tasks.[].phase');
    expect(fieldKey('roles', [])).toBe('roles:');
  });
});
