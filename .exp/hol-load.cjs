const fs = require('fs'), path = require('path');
const data = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('date-holidays/package.json')), 'data', 'holidays.json'), 'utf8'));
const t = performance.now();
let e;
if (process.argv[2] === 'old') { const H = require('date-holidays'); e = new H('DE', 'BY'); }
else { const m = require('date-holidays-parser'); const P = m.default ?? m; e = new P(data, 'DE', 'BY'); }
const t2 = performance.now();
e.getHolidays(2027);
console.log(process.argv[2], (t2 - t).toFixed(0), (performance.now() - t2).toFixed(0));
