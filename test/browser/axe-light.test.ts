// Gate 8, light colour scheme: see axe-gate.ts.
import { axeSuite } from './axe-gate.ts';

axeSuite('light');
