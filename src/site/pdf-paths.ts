/** `checklisten/kickoff-meeting/` → `pdf/checklisten-kickoff-meeting.pdf`. */
export function pdfPath(pagePath: string): string {
  return `pdf/${pagePath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'index'}.pdf`;
}
