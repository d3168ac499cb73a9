import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../../src/lib/registry/site-paths.ts';

describe('sitePaths', () => {
  it('places the German pages under their German segments', () => {
    const paths = sitePaths('de');
    expect(paths.list('phases')).toBe('phasen/');
    expect(paths.entry('roles', 'projektleitung')).toBe('rollen/projektleitung/');
    expect(paths.planChecklist('acme', 'go-live')).toBe('plaene/acme/checklisten/go-live/');
    expect(paths.planExport('acme', 'ics')).toBe('plaene/acme.ics');
    expect(paths.planStatus('acme')).toBe('plaene/acme/status/');
    expect(paths.planBinder('acme')).toBe('plaene/acme/mappe/');
    expect(paths.personCalendar('acme', 'anna')).toBe('plaene/acme/kalender/anna.ics');
    expect(paths.print).toBe('druck/');
    expect(paths.segment('meetings')).toBe('termine');
    expect([paths.printSegment, paths.calendarSegment, paths.binderSegment]).toEqual(['druck', 'kalender', 'mappe']);
  });

  it('places the English pages under their English segments', () => {
    const paths = sitePaths('en');
    expect(paths.list('plans')).toBe('plans/');
    expect(paths.entry('meetings', 'weekly')).toBe('meetings/weekly/');
    expect(paths.planChecklist('acme', 'go-live')).toBe('plans/acme/checklists/go-live/');
    expect(paths.planBinder('acme')).toBe('plans/acme/binder/');
    expect(paths.personCalendar('acme', 'anna')).toBe('plans/acme/calendars/anna.ics');
    expect(paths.print).toBe('print/');
    expect([paths.printSegment, paths.calendarSegment, paths.binderSegment]).toEqual(['print', 'calendars', 'binder']);
  });

  it('names a page’s PDF after its path, slashes inside as hyphens, the home page as index', () => {
    const paths = sitePaths('de');
    expect(paths.pdf('checklisten/kickoff-meeting/')).toBe('pdf/checklisten-kickoff-meeting.pdf');
    expect(paths.pdf('/plaene/acme/mappe/')).toBe('pdf/plaene-acme-mappe.pdf');
    expect(paths.pdf('druck/')).toBe('pdf/druck.pdf');
    expect(paths.pdf('')).toBe('pdf/index.pdf');
    expect(paths.pdf('/')).toBe('pdf/index.pdf');
  });

  it('names each part of a long print compilation after the print segment and the collection', () => {
    expect(sitePaths('de').printPartPdf('roles')).toBe('pdf/druck-rollen.pdf');
    expect(sitePaths('en').printPartPdf('checklists')).toBe('pdf/print-checklists.pdf');
  });
});
