// Gate 8, dark colour scheme (emulated prefers-color-scheme: dark, theme on auto): see axe-gate.ts.
import { axeSuite } from './axe-gate.ts';

axeSuite('dark');
