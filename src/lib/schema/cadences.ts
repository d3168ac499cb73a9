/** How often a meeting takes place; `phase-end` is at the end of every phase it runs in. */
export const CADENCES = ['once', 'daily', 'weekly', 'biweekly', 'monthly', 'phase-end'] as const;

export type Cadence = (typeof CADENCES)[number];
