// Preloaded with `node --import` when GNU time is missing: on exit, writes this process's peak
// resident set size (KB) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  delete process.env.BENCH_RSS_FILE; // not for grandchildren
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
