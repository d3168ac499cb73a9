// A worker thread that reads a share of the content files (see read-entries.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { translation } from '../i18n/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { readEntry, type EntryJob } from './read-entry.ts';

const { root, lang, jobs } = workerData as { root: string; lang: Lang; jobs: EntryJob[] };
const t = translation(lang);
parentPort?.postMessage(await Promise.all(jobs.map((job) => readEntry(root, job, t))));
