// Experiment: ms from spawning `kickoff dev` (sample) to the home page answering 200.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
const [repo, runs = '3'] = process.argv.slice(2);
const port = await new Promise((r) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => r(p)); }); });
for (let i = 0; i < Number(runs); i++) {
  const started = performance.now();
  const child = spawn(`${repo}/bin/kickoff.mjs`, ['dev', '--port', String(port)], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, KICKOFF_SCHEDULE_CACHE: '/tmp/prof/devcache' } });
  let log = ''; child.stdout.on('data', (c) => (log += c)); child.stderr.on('data', (c) => (log += c));
  let ready;
  for (;;) {
    try { const res = await fetch(`http://localhost:${port}/`, { headers: { accept: 'text/html' } }); if (res.status === 200) { await res.text(); ready = performance.now() - started; break; } } catch {}
    await new Promise((r) => setTimeout(r, 50));
    if (performance.now() - started > 60000) { console.log('timeout', log.slice(-500)); break; }
  }
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => child.once('exit', r));
  console.log(repo, 'ready', (ready / 1000).toFixed(2), 's');
}
