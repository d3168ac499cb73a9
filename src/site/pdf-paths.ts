import { findChromium } from '../render/find-chromium.ts';

/** Whether `kickoff build` prints PDFs: a browser is there and KICKOFF_PDF is not `off`. */
export function pdfsWillBeWritten(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KICKOFF_PDF !== 'off' && findChromium(env) !== undefined;
}

/** `checklisten/kickoff-meeting/` → `pdf/checklisten-kickoff-meeting.pdf`. */
export function pdfPath(pagePath: string): string {
  return `pdf/${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index'}.pdf`;
}
