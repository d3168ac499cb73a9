import type { ThreePoint } from '../schema/common.ts';
import type { Random } from './random.ts';

/**
 * A draw from the Beta-PERT distribution over (optimistic, likely, pessimistic):
 * Beta(α, β) scaled to [a, b] with α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b − a).
 */
export function drawBetaPert(estimate: ThreePoint, random: Random): number {
  const { optimistic: a, likely: m, pessimistic: b } = estimate;
  if (b - a <= 0) return m;
  const alpha = 1 + (4 * (m - a)) / (b - a);
  const beta = 1 + (4 * (b - m)) / (b - a);
  const x = drawGamma(alpha, random);
  const y = drawGamma(beta, random);
  return a + (b - a) * (x / (x + y));
}

/** Marsaglia–Tsang for shape ≥ 1 (PERT shapes are always in [1, 5]). */
function drawGamma(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = drawStandardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

function drawStandardNormal(random: Random): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
