/**
 * Finds dependency cycles in a graph given as `node → the nodes it depends on`.
 * Each cycle is returned once, as the list of nodes along it, starting and ending at the same node.
 */
export function findCycles(nodes: readonly string[], dependsOn: (node: string) => readonly string[]): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const stack: string[] = [];

  // Iterative DFS so that deep chains (10,000 tasks) cannot overflow the call stack.
  for (const root of nodes) {
    if (state.has(root)) continue;
    const iterators: Iterator<string>[] = [];
    const enter = (node: string) => {
      state.set(node, 'open');
      stack.push(node);
      iterators.push(dependsOn(node)[Symbol.iterator]());
    };
    enter(root);
    while (iterators.length > 0) {
      const step = iterators[iterators.length - 1].next();
      if (step.done) {
        iterators.pop();
        state.set(stack.pop() as string, 'done');
        continue;
      }
      const next = step.value;
      const nextState = state.get(next);
      if (nextState === undefined) enter(next);
      else if (nextState === 'open') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      }
    }
  }
  return cycles;
}
