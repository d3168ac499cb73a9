import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../lib/config.ts';
import { hasErrors } from '../lib/content/finding.ts';
import { translation } from '../lib/i18n/index.ts';
import { SPLIT_PAGES_VARIABLE, splitPagesSetting } from '../lib/pdf/pdf-parts.ts';
import { PAGED_COLLECTIONS, COLLECTIONS } from '../lib/registry/collections.ts';
import { pdfPagePaths } from '../lib/registry/page-list.ts';
import { sitePaths } from '../lib/registry/site-paths.ts';
import { findChromium } from '../render/find-chromium.ts';
import { printPdfs } from '../render/print-pdfs.ts';
import { loadAndValidate, reportFindings } from './load-and-validate.ts';
import { inToolFolder, TOOL_ROOT } from '../integration/tool-root.ts';
import { buildFolder, moveFolder } from './build-folder.ts';
import { withBuildLock } from './build-lock.ts';
import { EDITOR_SCHEMA_DIR, writeEditorSchemas } from '../integration/editor-schemas.ts';
import { makeFolders } from '../lib/make-folders.ts';
import { BUILD_MARKER, outDirProblem, outDirState, resolvedPath } from './out-dir.ts';
import { PROGRESS_SECONDS, progressEvery } from './progress.ts';

/** Held while Astro builds: every build of every playbook shares the tool's `.astro/` folder. */
const BUILD_LOCK = path.join(TOOL_ROOT, '.astro', 'kickoff-build.lock');

/** Whether `kickoff build` prints PDFs: a browser is there and KICKOFF_PDF is not `off`. */
function pdfsWillBeWritten(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.KICKOFF_PDF !== 'off' && findChromium(env) !== undefined;
}

/**
 * `kickoff build`: validate, build with Astro into a temporary folder, index for search, print
 * PDFs, and only then replace `dist/`. A failed build leaves the previous `dist/` untouched.
 */
export async function buildSite(options: { config: SiteConfig; strict: boolean; outDir?: string }): Promise<number> {
  const { config } = options;
  const words = translation(config.lang).cli;
  const root = process.cwd();
  const finalDir = path.resolve(root, options.outDir ?? 'dist');
  const shown = path.relative(root, finalDir) || '.';
  const outProblem = outDirProblem({ out: resolvedPath(finalDir), root: resolvedPath(root), content: resolvedPath(config.contentDir) }, outDirState(finalDir));
  if (outProblem) {
    const problem = words.outDir[outProblem];
    process.stderr.write(`${words.outDirRefused(shown, typeof problem === 'function' ? problem(BUILD_MARKER) : problem)}\n`);
    // Wrong usage, like every other refused --out: exit code 1 means errors in the content.
    return 2;
  }
  const splitPages = splitPagesSetting(process.env[SPLIT_PAGES_VARIABLE]);
  if (splitPages === undefined) {
    process.stderr.write(`${words.badSplitPages(SPLIT_PAGES_VARIABLE, process.env[SPLIT_PAGES_VARIABLE] ?? '')}\n`);
    return 2;
  }
  const { content, findings } = await loadAndValidate(config.contentDir, {
    lang: config.lang,
    strict: options.strict,
  });
  reportFindings(findings, config.contentDir, config.lang);
  if (hasErrors(findings)) return 1;

  const tempDir = buildFolder(finalDir, TOOL_ROOT, process.pid);
  const oldDir = `${finalDir}.old-${process.pid}`;
  rmSync(tempDir, { recursive: true, force: true });
  // Made here, where a folder that cannot be written is named: in Astro it ended in Vite's stack trace.
  try {
    makeFolders(tempDir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    process.stderr.write(`${words.outDirRefused(shown, words.outDir.unwritable(reason))}\n`);
    return 2;
  }
  const pdfs = pdfsWillBeWritten();
  try {
    const [{ build }, { astroConfig }] = await Promise.all([import('astro'), import('../integration/astro-config.ts')]);
    const settings = astroConfig({ config, strict: options.strict, pdfs, validated: content, outDir: tempDir });
    await withBuildLock(
      BUILD_LOCK,
      () =>
        inToolFolder(() => build({ ...settings, root: TOOL_ROOT, configFile: false, logLevel: process.env.KICKOFF_LOG_LEVEL === 'debug' ? 'debug' : 'warn' })),
      (pid) => process.stderr.write(`${words.buildWaiting(pid)}\n`),
    );
    if (pdfs) {
      const paths = sitePaths(config.lang);
      const pages = new Map(pdfPagePaths(content, paths).map((pagePath) => [pagePath, paths.pdf(pagePath)]));
      process.stderr.write(`${words.pdfPrinting(pages.size)}\n`);
      // The print compilation's parts, as print.astro lays them out (`part-NAME`), each with its own PDF if it must split.
      const parts = PAGED_COLLECTIONS.filter((name) => COLLECTIONS[name].print).map((name) => ({ id: `part-${name}`, pdf: paths.printPartPdf(name) }));
      const written = await printPdfs(tempDir, config.site, config.base, pages, {
        split: { pagePath: paths.print, maxPages: splitPages, parts },
        onProgress: progressEvery(PROGRESS_SECONDS, (done, total) => process.stderr.write(`${words.pdfProgress(done, total)}\n`)),
      });
      process.stderr.write(`${words.pdfWritten(written)}\n`);
    }
  } catch (error) {
    rmSync(tempDir, { recursive: true, force: true });
    // Astro renders two pages at a time: the other may still write its file after the failure.
    process.once('exit', () => rmSync(tempDir, { recursive: true, force: true }));
    process.stderr.write(`${words.buildFailed(shown, (error as Error).message)}\n`);
    return 1;
  }
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  moveFolder(tempDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
  // Editors follow the content as the build saw it. After Astro, whose own sync writes plainer
  // schemas into the same folder when the project is this tool's own.
  await writeEditorSchemas({ content, contentDir: config.contentDir, outDir: path.resolve(root, EDITOR_SCHEMA_DIR) });
  process.stderr.write(`${words.built(shown)}\n`);
  return 0;
}
