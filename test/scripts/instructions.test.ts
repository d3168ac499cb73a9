import { describe, expect, it } from 'vitest';
import { instructionTotal } from '../../scripts/bench/instructions.ts';

describe('instructionTotal', () => {
  it('reads the total valgrind prints at the end of a callgrind run', () => {
    const output = ['==19739== Events    : Ir', '==19739== Collected : 9048912890', '==19739== ', '==19739== I   refs:      9,048,912,890', ''].join('\n');
    expect(instructionTotal(output)).toBe(9_048_912_890);
  });

  it('gives nothing for output without a total (valgrind missing or the command failed)', () => {
    expect(instructionTotal('valgrind: command not found')).toBeUndefined();
    expect(instructionTotal('')).toBeUndefined();
  });
});
