import { describe, expect, it } from 'vitest';
import { readinessChecks } from '../../src/lib/readiness.ts';
import type { Schedule, ScheduleFinding } from '../../src/lib/schedule/schedule-plan.ts';

// Only the fields readinessChecks reads: the findings, P85 and the status date.
const scheduleWith = (findings: { code: string }[], extra: { p85?: string; statusDate?: string } = {}) =>
  ({ findings: findings as ScheduleFinding[], ...extra }) as unknown as Schedule;

describe('readinessChecks, check by check', () => {
  it('asks about confidence only with a Monte Carlo P85, and about tracking only with a status date', () => {
    const ids = (schedule: Schedule) => readinessChecks(schedule, 'en').map((check) => check.id);
    expect(ids(scheduleWith([]))).toEqual(['roles', 'buffer', 'checklists', 'availability', 'capacity', 'deadlines', 'calendar']);
    expect(ids(scheduleWith([], { p85: '2027-06-01' }))).toEqual([
      'roles',
      'buffer',
      'checklists',
      'availability',
      'capacity',
      'deadlines',
      'confidence',
      'calendar',
    ]);
    expect(ids(scheduleWith([], { statusDate: '2027-04-01' }))).toEqual([
      'roles',
      'buffer',
      'checklists',
      'availability',
      'capacity',
      'deadlines',
      'calendar',
      'tracking',
    ]);
  });

  it('fails a check with exactly the findings of its codes, and words it in the language asked for', () => {
    const findings = [{ code: 'small-buffer' }, { code: 'overbooked' }, { code: 'red-zone' }, { code: 'buffer-misplaced' }];
    const checks = readinessChecks(scheduleWith(findings, { p85: '2027-06-01', statusDate: '2027-04-01' }), 'en');
    const failed = Object.fromEntries(checks.filter((check) => !check.ok).map((check) => [check.id, check.findings.map((finding) => finding.code)]));
    expect(failed).toEqual({ buffer: ['small-buffer', 'buffer-misplaced'], capacity: ['overbooked'], tracking: ['red-zone'] });
    expect(checks.find((check) => check.id === 'deadlines')).toEqual({ id: 'deadlines', label: 'The plan meets every deadline.', ok: true, findings: [] });
  });
});
