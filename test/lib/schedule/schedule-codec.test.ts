import { describe, expect, it } from 'vitest';
import { decodeScheduleResult, encodeScheduleResult } from '../../../src/lib/schedule/schedule-codec.ts';
import { schedulePlan, type ScheduleResult } from '../../../src/lib/schedule/schedule-plan.ts';

/** A result of the shape the codec sees, with values the scheduler's types would not allow. */
const failed = (findings: unknown[]) => ({ ok: false, findings }) as unknown as ScheduleResult;
import { makePlan, person } from '../../helpers/plan.ts';

const plan = makePlan({ kickoff: '2027-03-01', team: [person('p')], tasks: [{ id: 'a', title: 'A', duration: 2 }] });

describe('decodeScheduleResult', () => {
  it('refuses texts that are not an encoded result', () => {
    for (const text of [
      '',
      'not json',
      '[]',
      'null',
      '{"ok":true}',
      '{"ok":true,"schedule":{"tasks":[]}}',
      '{"ok":false}',
      '{"ok":"yes","findings":[]}',
      // A schedule, but without `ok: true`.
      '{"ok":"yes","schedule":{"tasks":[],"booked":[]}}',
      '{"schedule":{"tasks":[],"booked":[]}}',
      '{"ok":1,"schedule":{"tasks":[],"booked":[]}}',
    ]) {
      expect(decodeScheduleResult(text, plan), text).toBeUndefined();
    }
  });

  it('keeps numbers JSON cannot hold', () => {
    const findings = [
      {
        severity: 'error' as const,
        code: 'never-finishes',
        path: 'buffer',
        message: 'x',
        values: [Number.NaN, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1 + 0.2],
      },
    ];
    const decoded = decodeScheduleResult(encodeScheduleResult(failed(findings)), plan);
    expect(decoded).toEqual({ ok: false, findings });
    const values = (decoded as unknown as { findings: { values: number[] }[] }).findings[0].values;
    expect(Object.is(values[1], -0)).toBe(true);
  });

  it('gives back a schedule with the same fields as the computed one, calendar and booked among them', () => {
    const result = schedulePlan('x', plan, { iterations: 0 });
    if (!result.ok) throw new Error('the plan does not schedule');
    const decoded = decodeScheduleResult(encodeScheduleResult(result), plan);
    if (!decoded?.ok) throw new Error('not decoded');
    expect(Object.keys(decoded.schedule).sort()).toEqual(Object.keys(result.schedule).sort());
    // A copy made by spreading keeps them too.
    const copy = { ...decoded.schedule };
    expect(copy.calendar.days.length).toBe(result.schedule.calendar.days.length);
    expect(copy.booked).toEqual(result.schedule.booked);
  });

  it('keeps a text that merely looks like a tagged number', () => {
    const findings = [{ severity: 'warning', code: 'x', path: '', message: 'number:NaN' }];
    expect(decodeScheduleResult(encodeScheduleResult(failed(findings)), plan)).toEqual({ ok: false, findings });
  });
  it('gives a decoded schedule the same keys as a computed one, the rebuilt calendar among them', () => {
    const computed = schedulePlan('test-plan', plan, { iterations: 0 });
    const decoded = decodeScheduleResult(encodeScheduleResult(computed), plan);
    if (!computed.ok || !decoded?.ok) throw new Error('expected two schedules');
    expect(Object.keys(decoded.schedule).sort()).toEqual(Object.keys(computed.schedule).sort());
    // A copy made by spreading keeps the calendar: a: Mon 1 – Tue 2 March, the first working day is 1 March.
    const copy = { ...decoded.schedule };
    expect(copy.calendar.days.slice(0, 2)).toEqual(computed.schedule.calendar.days.slice(0, 2));
  });
});
