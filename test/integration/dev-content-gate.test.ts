import { describe, expect, it } from 'vitest';
import { findingsPage } from '../../src/integration/dev-content-gate.ts';
import type { Finding } from '../../src/lib/content/finding.ts';

const finding: Finding = {
  severity: 'error',
  code: 'reference',
  file: 'plans/a.mdx',
  line: 7,
  path: 'tasks[0].title',
  message: 'not <script>alert("x")</script> & more',
};

describe('findingsPage', () => {
  it('lists each error as the terminal prints it, escaped, under the summary', () => {
    const page = findingsPage('content: 1 error(s), 0 warning(s)', [finding], 'en', '/');
    expect(page).toContain('<h1 data-kickoff-findings>content: 1 error(s), 0 warning(s)</h1>');
    expect(page).toContain('error: plans/a.mdx:7: tasks[0].title: not &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; more');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('<html lang="en">');
  });

  it('loads the dev server client from the site base, so that the fix reloads the page', () => {
    expect(findingsPage('t', [finding], 'de', '/playbook/')).toContain('<script type="module" src="/playbook/@vite/client"></script>');
    expect(findingsPage('t', [finding], 'de', '/')).toContain('Fehler: plans/a.mdx:7');
  });
});
