import { readFileSync } from 'node:fs';
import { normalizePdf } from '../src/render/normalize-pdf.ts';
const a = normalizePdf(readFileSync('/tmp/binder-plain.pdf')); const b = normalizePdf(readFileSync('/tmp/binder-hold.pdf'));
console.log(a.length, b.length, Buffer.compare(a, b) === 0 ? 'identical after normalize' : 'differ');
