import { describe, expect, test } from 'vitest';
import { BUILD_CHROMIUM as BUILD, chromiumFrom, DESKTOP } from '../../src/render/find-chromium.ts';

const installedOnly =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('which Chromium does the work', () => {
  test('the build takes the headless shell where both are installed, the browser tests the desktop browser', () => {
    const both = installedOnly('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(chromiumFrom({}, BUILD, both)).toBe('/usr/bin/chromium-headless-shell');
    expect(chromiumFrom({}, DESKTOP, both)).toBe('/usr/bin/chromium');
  });

  test('without the headless shell the build takes the desktop browser; with neither, none', () => {
    expect(chromiumFrom({}, BUILD, installedOnly('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
    expect(chromiumFrom({}, BUILD, installedOnly())).toBeUndefined();
    expect(chromiumFrom({}, DESKTOP, installedOnly('/usr/bin/chromium-headless-shell'))).toBeUndefined();
  });

  test('KICKOFF_CHROMIUM names the executable, or turns browser work off', () => {
    const all = installedOnly('/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/opt/chrome');
    expect(chromiumFrom({ KICKOFF_CHROMIUM: '/opt/chrome' }, BUILD, all)).toBe('/opt/chrome');
    expect(chromiumFrom({ KICKOFF_CHROMIUM: '/opt/missing' }, BUILD, all)).toBeUndefined();
    for (const off of ['off', 'none', '0']) expect(chromiumFrom({ KICKOFF_CHROMIUM: off }, BUILD, all)).toBeUndefined();
  });
});
