/**
 * A whole number with its sign written out: `+3`, `−2` (the typographic minus, not a hyphen) and
 * `0` without one, as a difference reads beside a title.
 */
export const signed = (value: number): string => `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}`;
