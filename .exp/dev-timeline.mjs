import { spawn } from 'node:child_process';
const [repo] = process.argv.slice(2);
const port = 4599;
const started = performance.now();
const child = spawn(`${repo}/bin/kickoff.mjs`, ['dev', '--port', String(port)], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, KICKOFF_SCHEDULE_CACHE: '/tmp/prof/devcache' } });
const stamp = (c) => { for (const line of String(c).split('\n')) if (line.trim()) console.log(((performance.now() - started) / 1000).toFixed(2).padStart(6), line.slice(0, 150)); };
child.stdout.on('data', stamp); child.stderr.on('data', stamp);
for (;;) {
  try { const t0 = performance.now(); const res = await fetch(`http://localhost:${port}/`, { headers: { accept: 'text/html' } }); console.log(((performance.now() - started) / 1000).toFixed(2), 'poll', res.status, ((performance.now()-t0)/1000).toFixed(2)); if (res.status === 200) { await res.text(); console.log(((performance.now() - started) / 1000).toFixed(2), 'HOME 200'); break; } } catch {}
  await new Promise((r) => setTimeout(r, 50));
}
process.kill(-child.pid, 'SIGTERM');
