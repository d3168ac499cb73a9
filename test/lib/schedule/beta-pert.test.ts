/**
 * `drawBetaPert` step by step, fed with chosen uniform numbers instead of the seeded generator, so
 * that every step of Marsaglia and Tsang's method can be followed by hand. (monte-carlo.test.ts
 * checks the distribution as a whole against the Beta-PERT CDF; at 20,000 runs that cannot tell
 * the method from close approximations of it, such as accepting every point.)
 *
 * The estimate (2, 2, 8) gives α = 1 + 4 × 0 / 6 = 1 and β = 1 + 4 × 6 / 6 = 5. For a gamma draw of
 * shape s the method takes d = s − 1/3 and c = 1 / √(9d): d = 2/3, c = 1/√6 ≈ 0.408248 for α, and
 * d = 14/3 for β. A standard normal x comes from two uniforms r1, r2 (Box–Muller):
 * x = √(−2 ln(1 − r1)) × cos(2π r2); a third uniform u decides whether v = (1 + c x)³ is accepted.
 * With x = 0 (r2 = 1/4) v is 1 and the draw is d. Two such draws give
 * 2 + 6 × (2/3) / (2/3 + 14/3) = 2 + 6 / 8 = 2.75.
 */
import { describe, expect, it } from 'vitest';
import { drawBetaPert } from '../../../src/lib/schedule/beta-pert.ts';

/** Returns `values` in turn and counts them; asking for more than given fails the test. */
function scripted(values: number[]) {
  let used = 0;
  const random = () => {
    if (used >= values.length) throw new Error(`asked for uniform number ${used + 1} of ${values.length}`);
    return values[used++];
  };
  return { random, used: () => used };
}

const ESTIMATE = { optimistic: 2, likely: 2, pessimistic: 8 };
/** x = 0, accepted with u = 1/2. */
const AT_ZERO = [0.5, 0.25, 0.5];

describe('drawBetaPert', () => {
  it('returns the likely value of an estimate without spread, drawing nothing', () => {
    const { random, used } = scripted([]);
    expect(drawBetaPert({ optimistic: 5, likely: 5, pessimistic: 5 }, random)).toBe(5);
    expect(used()).toBe(0);
  });

  it('x = 0 gives each gamma draw d = shape − 1/3: 2.75 from three uniforms per draw', () => {
    const { random, used } = scripted([...AT_ZERO, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, random)).toBeCloseTo(2.75, 12);
    expect(used()).toBe(6);
  });

  it('takes α and β from where the likely value lies: (2, 4, 8) at x = 0 gives 4.25', () => {
    // α = 1 + 4 × 2 / 6 = 7/3 and β = 1 + 4 × 4 / 6 = 11/3, so d = 2 and 10/3:
    // 2 + 6 × 2 / (2 + 10/3) = 2 + 6 × 6/16 = 4.25.
    const { random } = scripted([...AT_ZERO, ...AT_ZERO]);
    expect(drawBetaPert({ optimistic: 2, likely: 4, pessimistic: 8 }, random)).toBeCloseTo(4.25, 12);
  });

  it('rejects a point outside the acceptance region and draws again', () => {
    // r1 = 1 − e⁻², r2 = 1/2: x = −√4 = −2, v = (1 − 2/√6)³ = 0.18350³ ≈ 0.0061792. With u = 0.6
    // the quick test fails (0.6 ≥ 1 − 0.0331 × 16 = 0.4704) and so does the exact one:
    // ln 0.6 = −0.511 is not below x²/2 + d (1 − v + ln v) = 2 + 2/3 × (1 − 0.00618 − 5.0866) = −0.728.
    // The point is rejected and the next one (x = 0) accepted: 2.75 as above, from nine uniforms.
    // Had the point been accepted, α's draw would be 2/3 × 0.0061792 ≈ 0.00412 and the result 2.0053.
    const { random, used } = scripted([1 - Math.exp(-2), 0.5, 0.6, ...AT_ZERO, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, random)).toBeCloseTo(2.75, 12);
    expect(used()).toBe(9);
  });

  it('accepts by the quick test a point near x = 0 and returns d × (1 + c x)³', () => {
    // r1 = 1 − e^−0.125, r2 = 0: x = √0.25 × cos 0 = 0.5, v = (1 + 0.5/√6)³ = 1.204124³ ≈ 1.745878;
    // u = 0.5 < 1 − 0.0331 × 0.5⁴ = 0.99793. α's draw is 2/3 × 1.745878 ≈ 1.163918, so the
    // result is 2 + 6 × 1.163918 / (1.163918 + 14/3) ≈ 3.197738.
    const { random, used } = scripted([1 - Math.exp(-0.125), 0, 0.5, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, random)).toBeCloseTo(3.197738, 5);
    expect(used()).toBe(6);
  });

  it('accepts by the exact test a point the quick test leaves: u just inside, then just outside', () => {
    // The point of the rejection test above (x = −2, v ≈ 0.0061792), whose exact bound is
    // e^−0.7285 ≈ 0.48263. u = 0.48 lies above the quick bound 0.4704 and below it: accepted, α's
    // draw is 2/3 × 0.0061792 ≈ 0.0041195 and the result 2 + 6 × 0.0041195 / (0.0041195 + 14/3) ≈ 2.005292.
    const inside = scripted([1 - Math.exp(-2), 0.5, 0.48, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, inside.random)).toBeCloseTo(2.005292, 5);
    expect(inside.used()).toBe(6);
    // u = 0.485 (ln u = −0.7236) lies just above: rejected, and the next point (x = 0) accepted.
    const outside = scripted([1 - Math.exp(-2), 0.5, 0.485, ...AT_ZERO, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, outside.random)).toBeCloseTo(2.75, 12);
    expect(outside.used()).toBe(9);
  });

  it('draws the normal again, before taking u, when 1 + c x is not positive', () => {
    // r1 = 1 − e^−4.5, r2 = 1/2: x = −√9 = −3 and 1 + c x = 1 − 3/√6 ≈ −0.22: the method draws a
    // new normal at once (x = 0 from the next two uniforms), then u, so α takes five uniforms.
    const { random, used } = scripted([1 - Math.exp(-4.5), 0.5, 0.5, 0.25, 0.5, ...AT_ZERO]);
    expect(drawBetaPert(ESTIMATE, random)).toBeCloseTo(2.75, 12);
    expect(used()).toBe(8);
  });
  it('takes α and β from the whole range: (1, 2, 7) gives α = 5/3 and β = 13/3, so x = 0 draws 2.5', () => {
    // α = 1 + 4 × (2 − 1) / (7 − 1) = 5/3, β = 1 + 4 × (7 − 2) / 6 = 13/3; with x = 0 each gamma draw
    // is d = shape − 1/3: 4/3 and 4. The result is 1 + 6 × (4/3) / (4/3 + 4) = 1 + 6 / 4 = 2.5.
    // (Dividing by b + a = 8 in α would give α = 1.5, d = 7/6 and 1 + 6 × (7/6) / (31/6) ≈ 2.3548.)
    const { random, used } = scripted([...AT_ZERO, ...AT_ZERO]);
    expect(drawBetaPert({ optimistic: 1, likely: 2, pessimistic: 7 }, random)).toBeCloseTo(2.5, 12);
    expect(used()).toBe(6);
  });
});
