import { planExport } from './plan-export.ts';

export const { getStaticPaths, GET } = planExport('xlsx');
