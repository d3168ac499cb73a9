import { formatIsoDay, toDay } from '../../src/lib/dates.ts';

/**
 * A synthetic plan for benchmarks: `taskCount` tasks in chains of mixed duration, effort and
 * milestone tasks with cross-links, `peopleCount` people at mixed capacities, each with about a
 * year's worth of absences (vacations, a trade fair, sickness). Deterministic for a given size.
 */
export function syntheticPlan(taskCount: number, peopleCount: number, options: { threePoint?: boolean } = {}) {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const kickoff = '2027-01-04';
  const kickoffDay = toDay(kickoff);
  const team = Array.from({ length: peopleCount }, (_, index) => {
    const absences = [];
    for (let block = 0; block < 6; block++) {
      const from = kickoffDay + Math.floor(random() * 360);
      absences.push({
        from: formatIsoDay(from),
        to: formatIsoDay(from + 1 + Math.floor(random() * 9)),
        reason: (['vacation', 'trade-fair', 'sickness', 'training'] as const)[block % 4],
      });
    }
    return { id: `p${index}`, name: `Person ${index}`, role: 'it', capacity: [1, 0.8, 0.5, 0.2][index % 4], absences };
  });
  const estimate = (likely: number) =>
    options.threePoint ? { optimistic: Math.max(1, Math.round(likely * 0.7)), likely, pessimistic: Math.round(likely * 1.8) } : likely;
  // Parallel lanes of about 100 tasks each (a realistic depth), with links between lanes.
  const lanes = Math.max(1, Math.ceil(taskCount / 100));
  const tasks = Array.from({ length: taskCount }, (_, index) => {
    const dependsOn: (string | { task: string; lag: number })[] = [];
    if (index >= lanes) dependsOn.push(`t${index - lanes}`);
    if (index >= lanes && random() < 0.3)
      dependsOn.push({ task: `t${index - lanes - Math.floor(random() * Math.min(index - lanes + 1, lanes))}`, lag: Math.floor(random() * 3) });
    const kind = index % 10 === 9 ? 'milestone' : index % 3 === 0 ? 'effort' : 'duration';
    const assignees = [`p${Math.floor(random() * peopleCount)}`, `p${Math.floor(random() * peopleCount)}`].filter((id, i, all) => all.indexOf(id) === i);
    const base = { id: `t${index}`, title: `Task ${index}`, dependsOn, priority: 100 + Math.floor(random() * 800) };
    if (kind === 'milestone') return { ...base, milestone: true as const };
    if (kind === 'effort') return { ...base, effort: estimate(2 + Math.floor(random() * 8)), assignees };
    return { ...base, duration: estimate(1 + Math.floor(random() * 10)), assignees };
  });
  return { title: 'Synthetic', customer: 'C', vendor: 'V', kickoff, calendar: { region: 'DE-BY' }, team, tasks, buffer: { method: 'percent', value: 15 } };
}
