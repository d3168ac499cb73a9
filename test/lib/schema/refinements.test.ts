/**
 * The checks across fields of the schemas, on the zod schemas themselves: which issue (message
 * key and path) each raises, just inside and just outside its boundary.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dateRange, id, isoDate, RUN_ON_PARTIAL_OBJECT, text, threePoint } from '../../../src/lib/schema/common.ts';
import { glossarySchema } from '../../../src/lib/schema/glossary.ts';
import { meetingSchema } from '../../../src/lib/schema/meeting.ts';
import { isKickoffDate, planSchema } from '../../../src/lib/schema/plan.ts';

/** Each issue as `path: message key`. */
const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('isoDate', () => {
  it('takes a date as text or a Date (midnight UTC) and gives the text', () => {
    expect(isoDate.parse('2027-03-01')).toBe('2027-03-01');
    expect(isoDate.parse(new Date(Date.UTC(2027, 2, 1)))).toBe('2027-03-01');
    expect(isoDate.parse(new Date(Date.UTC(2027, 2, 1, 23, 59)))).toBe('2027-03-01');
  });

  it('says whether a text has the form of a date but no such day, or not the form', () => {
    expect(issuesOf(isoDate, '2027-02-29')).toEqual([': existingDate']);
    expect(issuesOf(isoDate, '2027-3-1')).toEqual([': date']);
    expect(issuesOf(isoDate, ' 2027-03-01')).toEqual([': date']);
  });
});

describe('text', () => {
  const refused = ['\u0000', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\u007F', '\u0085', '\u009F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'];
  const taken = ['\t', '\n', '\r', ' ', '~', '\u00A0', '\uD7FF', '\uE000', '\uFFFD', '😀', 'e\u0301', '\u200B'];

  it('refuses, inside a text, a control character other than tab and line breaks, a lone surrogate half and U+FFFE/U+FFFF, naming it', () => {
    for (const character of refused) {
      const result = text.safeParse(`a${character}b`);
      expect(result.success, character).toBe(false);
      expect(result.error?.issues).toMatchObject([
        { message: 'printableText', params: { character: `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` } },
      ]);
    }
  });

  it('takes every other character, also at the edges of the ranges', () => {
    for (const character of taken) expect(text.safeParse(`a${character}b`).success, JSON.stringify(character)).toBe(true);
  });

  it('names the first character it refuses, and still asks for a text that is not empty', () => {
    expect(text.safeParse('a\u0007b\u0001').error?.issues[0]).toMatchObject({ params: { character: 'U+0007' } });
    expect(issuesOf(text, '  ')).toEqual([': nonEmptyText']);
  });
});

describe('text and id as Astro’s loader hands them over', () => {
  it('take an unquoted YAML date, which Astro reads as a Date, as the text it was written as', () => {
    expect(text.parse(new Date(Date.UTC(2027, 2, 1)))).toBe('2027-03-01');
    expect(id.parse(new Date(Date.UTC(2027, 2, 1)))).toBe('2027-03-01');
    // With a time, the instant: YAML's `2027-03-01 10:30:00`.
    expect(text.parse(new Date(Date.UTC(2027, 2, 1, 10, 30)))).toBe('2027-03-01T10:30:00.000Z');
    expect(issuesOf(id, new Date(Date.UTC(2027, 2, 1, 10, 30)))).toEqual([': idFormat']);
  });

  it('still refuse what is no text, an invalid Date among it', () => {
    expect(issuesOf(text, new Date(Number.NaN))).toEqual([': text']);
    expect(issuesOf(text, 12)).toEqual([': text']);
    expect(issuesOf(id, null)).toEqual([': id']);
  });
});

describe('dateRange and threePoint', () => {
  const range = dateRange({});
  it('take a range of one day and refuse one that ends before it starts', () => {
    expect(issuesOf(range, { from: '2027-03-01', to: '2027-03-01' })).toEqual([]);
    expect(issuesOf(range, { from: '2027-03-02', to: '2027-03-01' })).toEqual(['to: dateOnOrAfter']);
    // A wrong date is reported by itself, without the order.
    expect(issuesOf(range, { from: '2027-02-30', to: '2027-03-01' })).toEqual(['from: existingDate']);
  });

  it('take equal points and refuse any point out of order', () => {
    const estimate = threePoint(z.number());
    expect(issuesOf(estimate, { optimistic: 2, likely: 2, pessimistic: 2 })).toEqual([]);
    expect(issuesOf(estimate, { optimistic: 3, likely: 2, pessimistic: 4 })).toEqual([': estimateOrder']);
    expect(issuesOf(estimate, { optimistic: 1, likely: 5, pessimistic: 4 })).toEqual([': estimateOrder']);
    expect(issuesOf(estimate, { optimistic: 'x', likely: 5, pessimistic: 4 })).toEqual(['optimistic: Invalid input: expected number, received string']);
  });

  it('run on objects only', () => {
    expect(RUN_ON_PARTIAL_OBJECT.when({ value: {} })).toBe(true);
    expect(RUN_ON_PARTIAL_OBJECT.when({ value: null })).toBe(false);
    expect(RUN_ON_PARTIAL_OBJECT.when({ value: 'x' })).toBe(false);
  });
});

describe('glossary', () => {
  it('refuses an avoided word without a letter or digit, which would match every word', () => {
    const term = (avoid: string[]) => ({ title: 'Änderungsantrag', definition: 'D', avoid });
    expect(issuesOf(glossarySchema, term(['*', 'Change Request', ' - ', 'Datenpflege*', 'Ä', '1']))).toEqual(['avoid.0: avoidWord', 'avoid.2: avoidWord']);
  });
});

describe('meetings', () => {
  const meeting = { title: 'Jour fixe', summary: 'Weekly', cadence: 'weekly', duration: 30, chair: 'lead', agenda: ['News'] };
  it('refuse the chair among the participants and a participant named twice, at its place', () => {
    expect(issuesOf(meetingSchema, { ...meeting, participants: ['dev', 'lead', 'qa', 'dev'] })).toEqual([
      'participants.1: chairNotParticipant',
      'participants.3: roleOnce',
    ]);
    expect(issuesOf(meetingSchema, { ...meeting, participants: ['dev', 'qa'] })).toEqual([]);
  });
});

describe('plans', () => {
  const plan = {
    title: 'T',
    customer: 'C',
    vendor: 'V',
    kickoff: '2027-03-01',
    team: [{ id: 'ann', name: 'Ann', role: 'dev' }],
    tasks: [{ id: 'a', title: 'A', duration: 2 }],
  };
  const withTask = (task: Record<string, unknown>, extra: Record<string, unknown> = {}) => issuesOf(planSchema, { ...plan, ...extra, tasks: [task] });

  it('take the kick-off years 1901 to 2199', () => {
    expect([isKickoffDate('1900-12-31'), isKickoffDate('1901-01-01'), isKickoffDate('2199-12-31'), isKickoffDate('2200-01-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(issuesOf(planSchema, { ...plan, kickoff: '1900-12-31' })).toEqual(['kickoff: kickoffYears']);
  });

  it('want exactly one kind of task, people for an effort and a title or a phase', () => {
    expect(withTask({ id: 'a', title: 'A' })).toEqual(['tasks.0: taskKindNone']);
    expect(withTask({ id: 'a', title: 'A', duration: 1, milestone: true })).toEqual(['tasks.0.milestone: taskKindOnlyOne']);
    expect(withTask({ id: 'a', title: 'A', effort: 1 })).toEqual(['tasks.0.assignees: effortAssignee']);
    expect(withTask({ id: 'a', title: 'A', effort: 1, assignees: [] })).toEqual(['tasks.0.assignees: effortAssignee']);
    expect(withTask({ id: 'a', title: 'A', effort: 1, assignees: ['ann'] })).toEqual([]);
    expect(withTask({ id: 'a', duration: 1 })).toEqual(['tasks.0.title: titleWithoutPhase']);
    expect(withTask({ id: 'a', phase: 'build', duration: 1 })).toEqual([]);
  });

  it('check a task’s own actual dates, work left and progress', () => {
    const status = { statusDate: '2027-03-10' };
    expect(withTask({ id: 'm', title: 'M', milestone: true, actualStart: '2027-03-02' }, status)).toEqual(['tasks.0.actualStart: noActualStartOnMilestone']);
    expect(withTask({ id: 'm', title: 'M', milestone: true, actualFinish: '2027-03-02' }, status)).toEqual([]);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualFinish: '2027-03-02' }, status)).toEqual(['tasks.0.actualStart: actualStartRequired']);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-03', actualFinish: '2027-03-02' }, status)).toEqual([
      'tasks.0.actualFinish: dateOnOrAfterField',
    ]);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-02', actualFinish: '2027-03-02' }, status)).toEqual([]);
    expect(withTask({ id: 'a', title: 'A', duration: 2, remaining: 1 }, status)).toEqual(['tasks.0.remaining: remainingOnlyActive']);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-02', remaining: 1, progress: 99 }, status)).toEqual([]);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-02', progress: 100 }, status)).toEqual(['tasks.0.progress: activeNotComplete']);
  });

  it('want a status date on or after the kick-off for actual dates, and actual dates on or before it', () => {
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-02' })).toEqual(['tasks.0.actualStart: actualNeedsStatusDate']);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-11' }, { statusDate: '2027-03-10' })).toEqual([
      'tasks.0.actualStart: dateOnOrBeforeField',
    ]);
    expect(withTask({ id: 'a', title: 'A', duration: 2, actualStart: '2027-03-10' }, { statusDate: '2027-03-10' })).toEqual([]);
    expect(issuesOf(planSchema, { ...plan, statusDate: '2027-02-28' })).toEqual(['statusDate: dateOnOrAfterField']);
    expect(issuesOf(planSchema, { ...plan, statusDate: '2027-03-01' })).toEqual([]);
  });

  it('want a value for a percent or fixed buffer, whole days for a fixed one', () => {
    expect(issuesOf(planSchema, { ...plan, buffer: { method: 'percent' } })).toEqual(['buffer.value: bufferValueRequired']);
    expect(issuesOf(planSchema, { ...plan, buffer: { method: 'fixed' } })).toEqual(['buffer.value: bufferValueRequired']);
    expect(issuesOf(planSchema, { ...plan, buffer: { method: 'rss' } })).toEqual([]);
    expect(issuesOf(planSchema, { ...plan, buffer: { method: 'fixed', value: 2.5 } })).toEqual(['buffer.value: wholeWorkingDays']);
    expect(issuesOf(planSchema, { ...plan, buffer: { method: 'percent', value: 2.5 } })).toEqual([]);
  });
});
