import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../lib/config.ts';
import { handOverValidatedContent } from '../lib/content/content-handoff.ts';
import { hasErrors } from '../lib/content/finding.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import { planChecklistIds } from '../lib/plan-checklists.ts';
import { printPdfs } from '../render/print-pdfs.ts';
import { pagePaths } from '../site/page-paths.ts';
import { pdfPath, pdfsWillBeWritten } from '../site/pdf-paths.ts';
import { loadAndValidate, reportFindings } from './load-and-validate.ts';
import { outDirProblem, outDirState, resolvedPath } from './out-dir.ts';
import { PROGRESS_SECONDS, progressEvery } from './progress.ts';

/**
 * `kickoff build`: validate, build with Astro into a temporary folder, index for search, print
 * PDFs, and only then replace `dist/`. A failed build leaves the previous `dist/` untouched.
 */
export async function buildSite(options: { contentDir: string; strict: boolean; lang: Lang; outDir?: string }): Promise<number> {
  const root = process.cwd();
  const finalDir = path.resolve(root, options.outDir ?? 'dist');
  const outProblem = outDirProblem({ out: resolvedPath(finalDir), root: resolvedPath(root), content: resolvedPath(options.contentDir) }, outDirState(finalDir));
  if (outProblem) {
    process.stderr.write(`kickoff build: the output folder ${path.relative(root, finalDir) || '.'}/ ${outProblem}; nothing was built or changed\n`);
    return 1;
  }
  const { content, findings } = await loadAndValidate(options.contentDir, { lang: options.lang, strict: options.strict, iterations: options.strict ? undefined : 0 });
  reportFindings(findings, options.contentDir);
  if (hasErrors(findings)) return 1;

  // Siblings of the final folder, so that the swap is a rename on the same file system.
  const tempDir = `${finalDir}.build-${process.pid}`;
  const oldDir = `${finalDir}.old-${process.pid}`;
  rmSync(tempDir, { recursive: true, force: true });
  Object.assign(process.env, { KICKOFF_OUT_DIR: tempDir, KICKOFF_CONTENT: options.contentDir });
  handOverValidatedContent(content);
  try {
    const { build } = await import('astro');
    await build({ root, outDir: tempDir, logLevel: process.env.KICKOFF_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
    if (pdfsWillBeWritten()) {
      const config = loadConfig(root);
      const pages = new Map<string, string>();
      const add = (pagePath: string) => pages.set(pagePath, pdfPath(pagePath));
      // The print compilation first: it is by far the longest, and the other tab prints the
      // rest meanwhile instead of waiting for it at the end.
      add(pagePaths.print);
      for (const checklist of content.checklists) add(pagePaths.checklist(checklist.id));
      for (const plan of content.plans) {
        add(pagePaths.plan(plan.id));
        for (const id of planChecklistIds(plan.data, content.phases, content.checklists)) add(pagePaths.planChecklist(plan.id, id));
      }
      process.stderr.write(`pdf: printing ${pages.size} page(s) with Chromium\n`);
      const written = await printPdfs(tempDir, config.site, config.base, pages, { onProgress: progressEvery(PROGRESS_SECONDS, (done, total) => process.stderr.write(`pdf: ${done} of ${total} written\n`)) });
      process.stderr.write(`pdf: ${written} file(s) written\n`);
    }
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    process.stderr.write(`kickoff build: failed, ${path.relative(root, finalDir) || '.'}/ left as it was: ${(error as Error).message}\n`);
    return 1;
  }
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tempDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  process.stderr.write(`kickoff build: site written to ${path.relative(root, finalDir)}/\n`);
  return 0;
}
