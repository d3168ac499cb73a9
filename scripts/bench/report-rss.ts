// Preloaded with `node --import` when GNU time is missing: on exit, writes this process's peak
// resident set size (KB) and CPU time (ms) to the file named by BENCH_RSS_FILE. Children of
// this process are not included.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  delete process.env.BENCH_RSS_FILE; // not for grandchildren
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
