import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { serveMermaidForClients } from '../../src/render/mermaid-vendor.ts';

const mermaidEntry = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.min.mjs');

/** Runs the middleware on one request path: what it answered, or that it passed the request on. */
function ask(base: string, url: string) {
  const answer: { passed: boolean; status: number; type: string; body: Buffer } = { passed: false, status: 200, type: '', body: Buffer.alloc(0) };
  const response = {
    set statusCode(code: number) {
      answer.status = code;
    },
    setHeader: (name: string, value: string) => {
      if (name === 'Content-Type') answer.type = value;
    },
    end: (body?: Buffer) => {
      if (body) answer.body = body;
    },
  } as unknown as ServerResponse;
  serveMermaidForClients(base)({ url } as IncomingMessage, response, () => {
    answer.passed = true;
  });
  return answer;
}

describe('serveMermaidForClients (the preview)', () => {
  it('serves the vendored mermaid entry under the base path, as JavaScript', () => {
    for (const base of ['/', '/playbook/']) {
      const answer = ask(base, `${base}_vendor/mermaid/mermaid.esm.min.mjs?v=1`);
      expect(answer.passed).toBe(false);
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^text\/javascript/);
      expect(answer.body.equals(readFileSync(mermaidEntry))).toBe(true);
    }
  });

  it('serves the chunks the entry imports', () => {
    const imported = /["'](\.\/chunks\/mermaid\.esm\.min\/[\w.-]+\.mjs)["']/.exec(readFileSync(mermaidEntry, 'utf8'));
    expect(imported).not.toBeNull();
    const answer = ask('/', `/_vendor/mermaid/${imported?.[1].slice(2)}`);
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeGreaterThan(0);
  });

  it('answers 404 for anything else in the folder, and leaves other paths to the next handler', () => {
    for (const url of [
      '/_vendor/mermaid/package.json',
      '/_vendor/mermaid/chunks/mermaid.esm.min/nope.mjs',
      '/_vendor/mermaid/chunks/mermaid.esm.min/x.mjs.map',
    ]) {
      expect(ask('/', url), url).toMatchObject({ passed: false, status: 404 });
    }
    // Dots resolve before the path is looked at: this one leaves the folder and is not ours to answer.
    expect(ask('/', '/_vendor/mermaid/%2E%2E/package.json')).toMatchObject({ passed: true, body: Buffer.alloc(0) });
    expect(ask('/', '/plaene/').passed).toBe(true);
    expect(ask('/playbook/', '/_vendor/mermaid/mermaid.esm.min.mjs').passed).toBe(true);
  });
});
