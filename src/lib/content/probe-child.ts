import { spawn } from 'node:child_process';

/** What a probe child printed, and whether it was killed for taking too long. */
export interface ProbeOutput {
  stdout: string;
  killed: boolean;
}

/**
 * Runs `probe` (a script) in a child Node process with `input` on its standard input and
 * collects what it prints. The child is killed after `limitMs`: in all, or with `quiet`, since
 * the last thing it printed. Resolves once, when the child closes or could not be made (then it
 * may never close). A child that ends early stops reading: what it never read is answered by
 * its close.
 */
export function runProbeChild(probe: string, input: string, options: { limitMs: number; quiet?: boolean; nodeFlags?: readonly string[] }): Promise<ProbeOutput> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), probe], { stdio: ['pipe', 'pipe', 'ignore'] });
    let stdout = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const watch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, options.limitMs);
    };
    watch();
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (options.quiet) watch();
    });
    const end = () => {
      clearTimeout(timer);
      resolve({ stdout, killed });
    };
    child.on('error', end);
    child.on('close', end);
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}
