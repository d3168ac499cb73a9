import { describe, expect, it } from 'vitest';
import { pdfPagePaths, sitemapPaths, type EntriesByCollection } from '../../../src/lib/registry/page-list.ts';
import { sitePaths } from '../../../src/lib/registry/site-paths.ts';

// A small playbook: only the fields the page list reads. Plan `acme` is tracked (a status date)
// and names its checklist; plan `beta` is neither.
const content = {
  phases: [{ id: 'kickoff', data: {} }],
  roles: [{ id: 'pm', data: {} }],
  checklists: [{ id: 'go-live', data: {} }],
  risks: [],
  meetings: [{ id: 'weekly', data: {} }],
  glossary: [],
  plans: [
    { id: 'acme', data: { checklists: ['go-live'], statusDate: '2027-03-01', tasks: [] } },
    { id: 'beta', data: { checklists: [], tasks: [] } },
  ],
  snapshots: [{ id: 'acme-2027-02-01', data: {} }],
  home: [{ id: 'index', data: {} }],
} as unknown as EntriesByCollection;

describe('sitemapPaths', () => {
  it('lists home, the list pages, print, every entry page, the plans’ checklists and status reports; no snapshot or home entry', () => {
    expect(sitemapPaths(content, sitePaths('de'))).toEqual([
      '',
      'phasen/',
      'rollen/',
      'checklisten/',
      'risiken/',
      'termine/',
      'glossar/',
      'plaene/',
      'druck/',
      'phasen/kickoff/',
      'rollen/pm/',
      'checklisten/go-live/',
      'termine/weekly/',
      'plaene/acme/',
      'plaene/beta/',
      'plaene/acme/checklisten/go-live/',
      'plaene/acme/status/',
    ]);
  });
});

describe('pdfPagePaths', () => {
  it('prints the compilation and the binders first, then the checklists, plans, plan checklists and status reports', () => {
    expect(pdfPagePaths(content, sitePaths('en'))).toEqual([
      'print/',
      'plans/acme/binder/',
      'plans/beta/binder/',
      'checklists/go-live/',
      'plans/acme/',
      'plans/beta/',
      'plans/acme/checklists/go-live/',
      'plans/acme/status/',
    ]);
  });
});
