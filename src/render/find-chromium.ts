import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and common installs put Chromium or Chrome. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/**
 * The Chromium executable to use: `KICKOFF_CHROMIUM` names one, `KICKOFF_CHROMIUM=off` turns
 * browser work off (diagrams then render client-side), otherwise the first one found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.KICKOFF_CHROMIUM;
  if (named === 'off' || named === 'none' || named === '0') return undefined;
  if (named) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
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
