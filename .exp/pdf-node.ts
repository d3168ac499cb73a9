import { readFileSync } from 'node:fs';
import { readPdfOutline } from '../src/lib/pdf/pdf-outline.ts';
import { normalizePdf } from '../src/render/normalize-pdf.ts';
const pdf = readFileSync('/tmp/binder-hold.pdf');
for (let i = 0; i < 3; i++) {
  let s = performance.now(); const o = readPdfOutline(pdf); const a = performance.now() - s;
  s = performance.now(); normalizePdf(pdf); const b = performance.now() - s;
  console.log('outline', a.toFixed(1), 'normalize', b.toFixed(1), o.ok);
}
