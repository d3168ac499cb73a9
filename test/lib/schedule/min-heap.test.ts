/** `MinHeap`, the scheduler's queue of ready tasks: items come out in the order `before` gives. */
import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../src/lib/schedule/min-heap.ts';

function drain(heap: MinHeap<number>): number[] {
  const out: number[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  return out;
}

describe('MinHeap', () => {
  it('gives the items back smallest first, each once, then undefined', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    for (const item of [5, 3, 8, 1, 9, 2, 7]) heap.push(item);
    expect(heap.size).toBe(7);
    expect(drain(heap)).toEqual([1, 2, 3, 5, 7, 8, 9]);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
  });

  it('keeps the order when pushes and pops alternate', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    heap.push(4);
    heap.push(2);
    expect(heap.pop()).toBe(2);
    heap.push(3);
    heap.push(1);
    expect(heap.pop()).toBe(1);
    expect(drain(heap)).toEqual([3, 4]);
  });

  it('follows `before`, not the natural order', () => {
    const heap = new MinHeap<number>((a, b) => a > b);
    for (const item of [2, 9, 4]) heap.push(item);
    expect(drain(heap)).toEqual([9, 4, 2]);
  });
});
