import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { codeVersion } from '../lib/cache/code-version.ts';
import { entryCacheDir, openEntryPack } from '../lib/content/entry-pack.ts';
import { findingLine, hasErrors, type Finding } from '../lib/content/finding.ts';
import { readContent, type Content } from '../lib/content/read-content.ts';
import { translation } from '../lib/i18n/index.ts';
import type { Lang } from '../lib/i18n/lang.ts';
import {
  knownScheduleFindings,
  rememberScheduleFindings,
  saveScheduleFindings,
  scheduleJobFindings,
  type ScheduleJob,
} from '../lib/schedule/schedule-cache.ts';
import type { Share } from '../lib/shared-work.ts';
import { scheduleJobs, validateContent } from '../lib/validate/validate-content.ts';
import { helperThread } from './helper-thread.ts';
import { UsageError } from './usage-error.ts';

export async function loadAndValidate(
  contentDir: string,
  options: { lang: Lang; strict?: boolean; iterations?: number },
): Promise<{ content: Content; findings: Finding[] }> {
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    throw new UsageError(translation(options.lang).cli.contentNotFound(contentDir));
  }
  // Files unchanged since an earlier run are not parsed again (KICKOFF_ENTRY_CACHE).
  const cacheDir = entryCacheDir();
  const pack = cacheDir === undefined ? undefined : openEntryPack(cacheDir, contentDir, options.lang, codeVersion());
  // With KICKOFF_THREADS=2 a second thread parses files and schedules plans alongside.
  const helper = helperThread();
  try {
    const { content, findings: readFindings } = await readContent(contentDir, options.lang, { pack, share: helper.share });
    // Without a helper, validation schedules each plan itself: nothing to work out ahead.
    if (helper.sharing) await precomputeScheduleFindings(scheduleJobs(content, options), helper.share);
    const findings = validateContent(content, readFindings, options);
    saveScheduleFindings();
    // Keeps what was read and the lines the findings were given, for the next run: one write.
    pack?.save();
    return { content, findings };
  } finally {
    await helper.close();
  }
}

/**
 * Works out the schedule findings validation will ask for and nobody kept, part of them on the
 * helper thread, into this process's memory. Plans that validation then leaves unscheduled (an
 * error in their structure) cost a little work for nothing; scheduling never fails on them.
 */
async function precomputeScheduleFindings(jobs: readonly ScheduleJob[], share: Share): Promise<void> {
  const unknown = jobs.filter((job) => knownScheduleFindings(job) === undefined);
  const results = await share('schedule', unknown, scheduleJobFindings);
  unknown.forEach((job, index) => rememberScheduleFindings(job, results[index]));
}

/** Prints findings to stderr, errors and warnings with a summary line, in the given language. */
export function reportFindings(findings: readonly Finding[], contentDir: string, lang: Lang, stream: NodeJS.WritableStream = process.stderr): void {
  const words = translation(lang).cli;
  for (const finding of findings) stream.write(`${findingLine(finding, words)}\n`);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  stream.write(`${words.summary(path.relative(process.cwd(), contentDir) || '.', errors, findings.length - errors)}\n`);
}

export { hasErrors };
