/**
 * The preview's gate when validation itself fails (an internal error, a file system that fails
 * midway): no page renders from content nobody could check.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { devContentGate } from '../../src/integration/dev-content-gate.ts';

vi.mock('../../src/lib/validate/validate-content.ts', () => ({
  validateContent: () => {
    throw new Error('the checks broke down');
  },
}));

describe('devContentGate when validation fails', () => {
  it('answers every page with the reason instead of the page, and logs it', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const logger = { error: log, warn: log, info: log } as unknown as AstroIntegrationLogger;
    const gate = devContentGate({ contentDir: fileURLToPath(new URL('../../content', import.meta.url)), base: '/', lang: 'en', strict: false, logger });
    await gate.start();
    let body = '';
    const response = { statusCode: 200, setHeader: () => {}, end: (text: string) => (body = text) } as unknown as ServerResponse;
    let passed = false;
    await gate.middleware({ method: 'GET', url: '/', headers: { accept: 'text/html' } } as IncomingMessage, response, () => (passed = true));
    expect(passed).toBe(false);
    expect(response.statusCode).toBe(500);
    expect(body).toContain('error: content: the checks broke down');
    expect(lines).toContain('error: content: the checks broke down');
  });
});
