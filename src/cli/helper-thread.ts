import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { shareNothing, type Share, type SharedKind } from '../lib/shared-work.ts';

/** A run of items of one batch (`share`) sent to the helper, and what came back (undefined: work on it here). */
export interface Chunk {
  share: number;
  kind: SharedKind;
  start: number;
  items: readonly unknown[];
}
export interface ChunkResults {
  share: number;
  start: number;
  results: unknown[];
}

/**
 * Below these counts a helper thread costs more than it saves: starting one and loading the
 * parsers and schemas into it takes about a quarter of a second of the other core.
 */
const WORTH_SHARING: Record<SharedKind, { items: number; chunk: number }> = {
  parse: { items: 150, chunk: 25 },
  schedule: { items: 12, chunk: 3 },
};

export interface HelperThread {
  /** False when everything runs on this thread (`share` is then `shareNothing`). */
  sharing: boolean;
  share: Share;
  /** Stops the helper, if one was started. */
  close(): Promise<void>;
}

/**
 * Whether to share with a helper thread: only when `KICKOFF_THREADS` asks for two or more, on a
 * machine with a second core. Measured on two cores, a helper made a cold `validate` of 2,000
 * files slower, not faster (2.1-2.4 s on one thread, 2.8-2.9 s with the helper: it loads the
 * parsers and schemas again, and V8's own background threads already use the second core), so
 * it is not the default; on machines with more cores it is there to try.
 */
export function wantsHelper(env: NodeJS.ProcessEnv, cores: number): boolean {
  return cores >= 2 && Number(env.KICKOFF_THREADS ?? 1) >= 2;
}

/**
 * Work shared with one helper thread, started on the first batch large enough to pay for it,
 * when asked for (see `wantsHelper`).
 *
 * The two threads take chunks of items from one queue: the main thread works through a chunk
 * and, between chunks, collects the helper's answers and hands it the next chunk, so a helper
 * that starts late or runs slow simply takes fewer. Once the queue is empty, the main thread
 * also works on what the helper still holds, unless the helper's answer comes first: it never
 * waits for the helper, so sharing can cost the helper's start on the other core, never time
 * on this one. Whatever the helper does not answer (it failed, or its result would not cross
 * unchanged) is worked on here, so the results never depend on the helper.
 */
export function helperThread(env: NodeJS.ProcessEnv = process.env): HelperThread {
  if (!wantsHelper(env, availableParallelism())) return { sharing: false, share: shareNothing, close: async () => {} };
  let helper: Helper | undefined;
  let shares = 0;

  const share: Share = async (kind, items, here) => {
    const { items: enough, chunk } = WORTH_SHARING[kind];
    if (items.length < enough) return shareNothing(kind, items, here);
    helper ??= startHelper();
    const current = helper;
    const id = ++shares;
    const results: unknown[] = new Array(items.length);
    const done: boolean[] = new Array(items.length).fill(false);
    let next = 0;
    const sendNext = () => {
      if (next >= items.length || current.failed) return;
      const from = next;
      next = Math.min(items.length, next + chunk);
      current.port.postMessage({ share: id, kind, start: from, items: items.slice(from, next) } satisfies Chunk);
    };
    const collect = () => {
      for (let answer = current.receive(); answer; answer = current.receive()) {
        // A late answer to an earlier batch, which the main thread finished itself.
        if (answer.share !== id) continue;
        answer.results.forEach((result, offset) => {
          const index = answer.start + offset;
          if (result === undefined || done[index]) return;
          results[index] = result;
          done[index] = true;
        });
        sendNext();
      }
    };
    // Two chunks ahead, so that the helper never waits for the main thread's next pause.
    sendNext();
    sendNext();
    while (next < items.length) {
      const from = next;
      next = Math.min(items.length, next + chunk);
      for (let index = from; index < next; index++) {
        results[index] = here(items[index]);
        done[index] = true;
      }
      collect();
    }
    for (let index = 0; index < items.length; index++) {
      collect();
      if (done[index]) continue;
      results[index] = here(items[index]);
      done[index] = true;
    }
    return results as never[];
  };

  return {
    sharing: true,
    share,
    close: async () => {
      if (helper) await helper.worker.terminate();
    },
  };
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** True once the helper stopped or failed: nothing more is sent to it. */
  failed: boolean;
  /** The next answer if one is there, without waiting (the main thread is busy in between). */
  receive(): ChunkResults | undefined;
}

function startHelper(): Helper {
  const { port1: port, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./helper-worker.ts', import.meta.url), {
    workerData: { port: port2 },
    transferList: [port2],
  });
  const inbox: ChunkResults[] = [];
  const helper: Helper = {
    worker,
    port,
    failed: false,
    receive: () => inbox.shift() ?? (receiveMessageOnPort(port)?.message as ChunkResults | undefined),
  };
  // Answers that arrive while the main thread awaits something else wait here.
  port.on('message', (answer: ChunkResults) => inbox.push(answer));
  // Neither keeps the command running: the main thread never waits for the helper.
  // (A 'message' listener refs the port, hence after it.)
  worker.unref();
  port.unref();
  const stop = () => (helper.failed = true);
  worker.on('error', stop);
  worker.on('exit', stop);
  return helper;
}
