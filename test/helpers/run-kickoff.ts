import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/kickoff.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  /** Standard output as it came, for binary output. */
  bytes: Buffer;
  stderr: string;
}

/** `node bin/kickoff.mjs …args` in `cwd` (default: the project folder), with English messages. */
export function runKickoff(args: readonly string[], options: { cwd?: string } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}` };
  for (const key of ['KICKOFF_LANG', 'KICKOFF_CONTENT', 'KICKOFF_CONFIG', 'KICKOFF_DEBUG', 'NODE_OPTIONS']) delete env[key];
  env.KICKOFF_LANG = 'en';
  return new Promise((resolve, reject) => {
    const child = spawn('node', [BIN, ...args], { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const bytes = Buffer.concat(chunks);
      resolve({ code, stdout: bytes.toString('utf8'), bytes, stderr });
    });
  });
}

/** Only messages meant for a user: no stack trace. */
export const hasStackTrace = (run: Run) => /^\s+at\s/m.test(`${run.stdout}\n${run.stderr}`);
