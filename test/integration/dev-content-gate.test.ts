import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { devContentGate, findingsPage } from '../../src/integration/dev-content-gate.ts';
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

describe('devContentGate', () => {
  const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
  const logger = () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    return { lines, logger: { error: log, warn: log, info: log } as unknown as AstroIntegrationLogger };
  };
  const pageRequest = { method: 'GET', url: '/plaene/', headers: { accept: 'text/html' } } as IncomingMessage;
  /** Runs the middleware on a page request: whether it passed the request on, or the page it answered with. */
  async function answer(gate: ReturnType<typeof devContentGate>): Promise<{ passed: boolean; status?: number; body?: string }> {
    const response = { statusCode: 200, setHeader: () => {}, end: (body: string) => (answered.body = body) } as unknown as ServerResponse;
    const answered: { passed: boolean; status?: number; body?: string } = { passed: false };
    await gate.middleware(pageRequest, response, () => (answered.passed = true));
    return { ...answered, status: answered.passed ? undefined : response.statusCode };
  }

  it('holds a page request until the first validation, started and not awaited, is done', async () => {
    const events: string[] = [];
    const { logger: log } = logger();
    const gate = devContentGate({
      contentDir: CONTENT,
      base: '/',
      lang: 'en',
      strict: false,
      logger: log,
      onContent: async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        events.push('validated');
      },
    });
    void gate.start();
    const answered = answer(gate).then((result) => {
      events.push('answered');
      return result;
    });
    expect((await answered).passed).toBe(true);
    expect(events).toEqual(['validated', 'answered']);
  });
});
