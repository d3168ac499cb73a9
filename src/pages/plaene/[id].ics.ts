import { planExport } from '../../site/plan-exports.ts';

export const { getStaticPaths, GET } = planExport('ics');
