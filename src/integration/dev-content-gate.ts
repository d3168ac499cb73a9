import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { findingLine, hasErrors, type Finding } from '../lib/content/finding.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import type { EntryMemory } from '../lib/content/read-entry.ts';
import { translation } from '../lib/i18n/index.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { saveScheduleFindings } from '../lib/schedule/schedule-cache.ts';
import { validateContent } from '../lib/validate/validate-content.ts';

/** Saves that come in quick succession (an editor writing several files) are validated once. */
const SETTLE_MS = 60;

interface GateOptions {
  contentDir: string;
  /** The site's base path, where Vite serves its client. */
  base: string;
  lang: Lang;
  strict: boolean;
  logger: AstroIntegrationLogger;
  /** Told the content after each validation (the editors' schemas follow it). */
  onContent?: (content: Content) => Promise<unknown>;
}

/**
 * The preview validates like the build. Every save in the content folder re-runs the same
 * validation as `kickoff validate` (unchanged files are not parsed again, and schedules come from
 * the schedule cache, so only a changed plan is computed) and prints its findings. While the content has errors, no page is rendered
 * from it: every page request gets a page that lists the findings, which reloads itself when a
 * save fixes them. Astro's own loader parses dates more leniently (2027-02-30 becomes 2 March),
 * so this gate is what keeps a wrong date off the page.
 */
export function devContentGate(options: GateOptions) {
  const { contentDir, base, lang, strict, logger, onContent } = options;
  const words = translation(lang).cli;
  let findings: Finding[] = [];
  let running: Promise<void> = Promise.resolve();

  // Each save re-reads the content, but parses only the files whose text changed.
  const memory: EntryMemory = new Map();

  async function validate(): Promise<void> {
    let read: Awaited<ReturnType<typeof readContent>>;
    let next: Finding[];
    try {
      read = await readContent(contentDir, lang, { memory });
      next = validateContent(read.content, read.findings, { lang, strict, iterations: 0 });
      saveScheduleFindings();
    } catch (error) {
      // Content that could not be checked renders no page either: the gate shows why instead.
      findings = [validationFailure(contentDir, error)];
      logger.error(findingLine(findings[0], words));
      return;
    }
    const shown = (list: Finding[]) => list.map((finding) => findingLine(finding, words)).join('\n');
    if (shown(next) !== shown(findings) || hasErrors(next)) {
      for (const finding of next) (finding.severity === 'error' ? logger.error : logger.warn).call(logger, findingLine(finding, words));
      if (!hasErrors(next)) logger.info(words.summary(path.basename(contentDir), 0, next.length));
    }
    findings = next;
    try {
      await onContent?.(read.content);
    } catch (error) {
      logger.error(String(error));
    }
  }

  return {
    /** Validates once; page requests wait for it. Never rejects (see `validate`). */
    start: () => (running = validate()),
    /** Re-validates after saves in the content folder and reloads open pages. */
    watch(server: ViteDevServer) {
      let timer: NodeJS.Timeout | undefined;
      let settled: (() => void) | undefined;
      const saved = new Set<string>();
      const replayed = new Set<string>();
      const onChange = (file: string, event: 'add' | 'change' | 'unlink') => {
        if (!isInside(contentDir, file)) return;
        if (replayed.delete(file)) return;
        if (event !== 'unlink') saved.add(file);
        // From the save on, page requests wait for the new verdict: none renders from the old one.
        if (!settled) {
          const previous = running;
          running = new Promise<void>((resolve) => (settled = resolve)).then(() => previous);
        }
        clearTimeout(timer);
        timer = setTimeout(() => {
          const done = settled;
          settled = undefined;
          // Astro's loader reads a file once per event, at once: an editor's save caught
          // half-written (emptied, then filled) is kept as the old entry, and the page stays old
          // though the file is fine. Told again once the saves have settled, it reads the whole
          // file, while the validation below runs.
          for (const file of saved) {
            if (!existsSync(file)) continue;
            replayed.add(file);
            server.watcher.emit('change', file);
          }
          saved.clear();
          validate().finally(() => {
            done?.();
            server.ws.send({ type: 'full-reload', path: '*' });
          });
        }, SETTLE_MS);
      };
      server.watcher.add(contentDir);
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file: string) => onChange(file, event));
    },
    /** Answers page requests with the findings while the content has errors. */
    middleware: async (request: IncomingMessage, response: ServerResponse, next: () => void) => {
      if (!wantsPage(request)) return next();
      await running;
      if (!hasErrors(findings)) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      const errors = findings.filter((finding) => finding.severity === 'error');
      const title = words.summary(path.basename(contentDir), errors.length, findings.length - errors.length);
      response.end(findingsPage(title, errors, lang, base));
    },
  };
}

/** The finding shown when validation itself failed (the content folder gone, a file system error). */
function validationFailure(contentDir: string, error: unknown): Finding {
  return {
    severity: 'error',
    code: 'validation-failed',
    file: path.basename(contentDir),
    path: '',
    message: error instanceof Error ? error.message : String(error),
  };
}

const isInside = (dir: string, file: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));

/** A reader's page request: HTML accepted, not one of Vite's or Astro's own files. */
function wantsPage(request: IncomingMessage): boolean {
  const url = request.url ?? '/';
  if (request.method !== 'GET' || /^\/(@|__|_astro|node_modules|src)/.test(url) || /\/_vendor\//.test(url)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The page shown instead of the site while the content has errors; Vite's client reloads it after the fix. */
export function findingsPage(title: string, errors: readonly Finding[], lang: Lang, base: string): string {
  const words = translation(lang).cli;
  const items = errors.map((finding) => `<li><code>${escapeHtml(findingLine(finding, words))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><script type="module" src="${base}@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}h1{color:#b42318;font-size:1.4rem}li{margin:.5rem 0}code{white-space:pre-wrap}</style></head>
<body><main><h1 data-kickoff-findings>${escapeHtml(title)}</h1><ul>
${items}
</ul></main></body>
</html>
`;
}
