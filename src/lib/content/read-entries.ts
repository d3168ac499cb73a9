import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { readEntry, type EntryJob, type EntryOutcome } from './read-entry.ts';

/**
 * Below this many files one thread is faster: a worker first loads the parsers and schemas
 * (about 0.2 s), which only pays back when there is enough to read.
 */
const PARALLEL_FROM_FILES = 600;

/**
 * Reads every file of `jobs`, the outcomes in the order of the jobs. With enough files and a
 * second core, a worker thread reads the second half while this thread reads the first; if the
 * worker cannot start or fails, this thread reads its half too.
 */
export async function readEntries(root: string, jobs: readonly EntryJob[], lang: Lang, parallelFrom = PARALLEL_FROM_FILES): Promise<EntryOutcome[]> {
  const t = translation(lang);
  const here = (share: readonly EntryJob[]) => Promise.all(share.map((job) => readEntry(root, job, t)));
  if (jobs.length < parallelFrom || availableParallelism() < 2) return here(jobs);
  const half = Math.ceil(jobs.length / 2);
  const [first, second] = [jobs.slice(0, half), jobs.slice(half)];
  const inWorker = readInWorker(root, lang, second).catch(() => here(second));
  return [...(await here(first)), ...(await inWorker)];
}

export function readInWorker(root: string, lang: Lang, jobs: readonly EntryJob[]): Promise<EntryOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { workerData: { root, lang, jobs } });
    worker.once('message', (outcomes: EntryOutcome[]) => resolve(outcomes));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`content reader exited with ${code}`)));
  });
}
