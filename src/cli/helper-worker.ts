/**
 * The helper thread's side of shared work (helper-thread.ts): it answers each chunk of items
 * with the same functions the main thread runs. A result it cannot send as it is (data that
 * would not survive the copy between threads unchanged) or an item that failed goes back as
 * undefined, and the main thread works on that item itself.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { survivesJson } from '../lib/content/entry-pack.ts';
import * as parsers from '../lib/content/parse-entry.ts';
import { parseJob } from '../lib/content/read-entry.ts';
import { scheduleJobFindings } from '../lib/schedule/schedule-cache.ts';
import type { SharedKind, SharedWork } from '../lib/shared-work.ts';
import type { Chunk, ChunkResults } from './helper-thread.ts';

// No cache folder here: the main thread hands over only the plans nobody kept, and keeps what
// comes back (saved with its own findings).
const { port } = workerData as { port: MessagePort };

const work: { [Kind in SharedKind]: (item: SharedWork[Kind]['item']) => SharedWork[Kind]['result'] | undefined } = {
  parse(job) {
    const result = parseJob(job, parsers);
    return result.entry === undefined || survivesJson(result.entry.data) ? result : undefined;
  },
  schedule: scheduleJobFindings,
};

port.on('message', ({ share, kind, start, items }: Chunk) => {
  const results = items.map((item) => {
    try {
      return (work[kind] as (item: unknown) => unknown)(item);
    } catch {
      return undefined;
    }
  });
  port.postMessage({ share, start, results } satisfies ChunkResults);
});
