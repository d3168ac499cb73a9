import { createServer } from 'node:net';

/**
 * Whether a program already listens on the port, on any address: listening there fails with
 * EADDRINUSE. Any other failure (no permission for a port below 1024) is left for the server to
 * report, which names it.
 */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(port, () => probe.close(() => resolve(false)));
  });
}
