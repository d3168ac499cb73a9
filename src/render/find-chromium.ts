import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and common installs put Chromium or Chrome: the browser people use. */
export const DESKTOP = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/**
 * Chromium's headless shell (Debian's `chromium-headless-shell`, Google's `chrome-headless-shell`):
 * the same Blink and Skia without the desktop browser around them. It lays out and prints the same
 * pages to the same text and bookmarks, about twice as fast: 20 project binders on two tabs took
 * 10.4 s against 19.1 s with `chromium` (156, AMD EPYC, two cores).
 */
const HEADLESS_SHELL = ['/usr/bin/chromium-headless-shell', '/usr/bin/chrome-headless-shell'];

/** What the build looks for, in order: the headless shell first, then a desktop browser. */
export const BUILD_CHROMIUM = [...HEADLESS_SHELL, ...DESKTOP];

/**
 * The Chromium executable for the build's own work (diagrams, PDFs): `KICKOFF_CHROMIUM` names
 * one, `KICKOFF_CHROMIUM=off` turns browser work off (diagrams then render client-side),
 * otherwise the headless shell where installed, else the first desktop Chromium found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return chromiumFrom(env, BUILD_CHROMIUM, existsSync);
}

/**
 * The Chromium a reader would use, for the browser tests: `KICKOFF_CHROMIUM` where it names
 * one, otherwise the first desktop Chromium found, never the headless shell.
 */
export function findDesktopChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return chromiumFrom(env, DESKTOP, existsSync);
}

/** `KICKOFF_CHROMIUM`'s executable where it is set (`off` turns browser work off), else the first of `candidates` installed. */
export function chromiumFrom(env: NodeJS.ProcessEnv, candidates: readonly string[], installed: (file: string) => boolean): string | undefined {
  const named = env.KICKOFF_CHROMIUM;
  if (named === 'off' || named === 'none' || named === '0') return undefined;
  if (named) return installed(named) ? named : undefined;
  return candidates.find(installed);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
