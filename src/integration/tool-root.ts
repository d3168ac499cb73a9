import { fileURLToPath } from 'node:url';

/**
 * The folder of this tool (its `src/`, `public/` and `astro.config.mjs`), which Astro builds
 * from. A playbook project elsewhere only holds settings and content, so the project folder is
 * never Astro's root: pages, components and static files always come from here.
 */
export const TOOL_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs Astro with the tool's folder as the working folder. Astro writes the server side of a
 * static build beside an output folder inside the working folder and otherwise into
 * `.astro/` there; either way those modules must resolve Astro's own packages, which only the
 * tool's `node_modules` holds, not a playbook project elsewhere. Every path handed to Astro is
 * absolute, so nothing else depends on the working folder.
 */
export async function inToolFolder<T>(run: () => Promise<T>): Promise<T> {
  const previous = process.cwd();
  process.chdir(TOOL_ROOT);
  try {
    return await run();
  } finally {
    process.chdir(previous);
  }
}
