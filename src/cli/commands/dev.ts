import type { Command } from '../command.ts';
import { TOOL_ROOT } from '../../integration/tool-root.ts';
import { portInUse } from '../port-in-use.ts';
import { expectArgs, UsageError } from '../usage-error.ts';

/** Vite's words when a strict port is taken (`Port 4321 is already in use`). */
const PORT_TAKEN = /\bis already in use\b/;

/**
 * `kickoff dev`: Astro's preview server with live reload, validating every save (see the
 * integration's content gate). Runs until interrupted (Ctrl+C).
 */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 0, 'dev [--port N]', t.cli);
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) throw new UsageError(t.cli.portOption(options.port ?? ''));
  // Asked before Astro starts, which takes seconds and writes its caches first; the strict port
  // below still catches a program that takes the port in between.
  if (port && (await portInUse(port))) throw new UsageError(t.cli.portTaken(port));
  // The preview reads its settings through astro.config.mjs: hand over what the command line chose.
  process.env.KICKOFF_CONTENT = contentDir;
  process.env.KICKOFF_LANG = config.lang;
  if (options.config) process.env.KICKOFF_CONFIG = options.config;
  const { dev } = await import('astro');
  // A port asked for by name is that port or an error: Vite would otherwise move on to the next
  // free one in silence, and the user opens the wrong page (or another project's preview).
  const server = await dev({ root: TOOL_ROOT, ...(port ? { server: { port }, vite: { server: { strictPort: true } } } : {}) }).catch((error: unknown) => {
    // Astro leaves its file watchers running after a failed start: without this the command
    // would print the error and never end. The timer runs after the error has been reported.
    setTimeout(() => process.exit(), 0).unref();
    throw port && PORT_TAKEN.test((error as Error).message) ? new UsageError(t.cli.portTaken(port)) : error;
  });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.stop();
  return 0;
};
