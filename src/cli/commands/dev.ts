import type { Command } from '../command.ts';
import { TOOL_ROOT } from '../../integration/tool-root.ts';
import { expectArgs, UsageError } from '../usage-error.ts';

/**
 * `kickoff dev`: Astro's preview server with live reload, validating every save (see the
 * integration's content gate). Runs until interrupted (Ctrl+C).
 */
export const command: Command = async ({ args, options, config, t, contentDir }) => {
  expectArgs(args, 0, 'dev [--port N]', t.cli);
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) throw new UsageError(t.cli.portOption(options.port ?? ''));
  // The preview reads its settings through astro.config.mjs: hand over what the command line chose.
  process.env.KICKOFF_CONTENT = contentDir;
  process.env.KICKOFF_LANG = config.lang;
  if (options.config) process.env.KICKOFF_CONFIG = options.config;
  const { dev } = await import('astro');
  const server = await dev({ root: TOOL_ROOT, ...(port ? { server: { port } } : {}) });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await server.stop();
  return 0;
};
