import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { shareNothing, type Share, type SharedKind } from '../lib/shared-work.ts';

/** A run of items sent to the helper, and what came back (undefined: work on it here). */
export interface Chunk {
  kind: SharedKind;
  start: number;
  items: readonly unknown[];
}
export interface ChunkResults {
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
  share: Share;
  /** Stops the helper, if one was started. */
  close(): Promise<void>;
}

/**
 * Whether a helper thread pays: `KICKOFF_THREADS` decides when set (1: never); otherwise when the
 * machine has a core that other work leaves idle (cores minus the load of the last minute). On a
 * busy machine a helper only competes for the same core, and costs its own start on top.
 */
export function wantsHelper(env: NodeJS.ProcessEnv, cores: number, load: number): boolean {
  if (env.KICKOFF_THREADS !== undefined && env.KICKOFF_THREADS !== '') return Number(env.KICKOFF_THREADS) >= 2;
  return cores >= 2 && cores - load >= 1;
}

/**
 * Work shared with one helper thread, started on the first batch large enough to pay for it,
 * when a second core is free (see `wantsHelper`).
 *
 * The two threads take chunks of items from one queue: the main thread works through a chunk
 * and, between chunks, collects the helper's answers and hands it the next chunk, so a helper
 * that starts late or runs slow simply takes fewer. Whatever the helper does not answer (it
 * failed, or its result would not cross unchanged) is worked on here, so the results never
 * depend on the helper.
 */
export function helperThread(scheduleCache: string | undefined, env: NodeJS.ProcessEnv = process.env): HelperThread {
  if (!wantsHelper(env, availableParallelism(), loadavg()[0])) return { share: shareNothing, close: async () => {} };
  let helper: Helper | undefined;

  const share: Share = async (kind, items, here) => {
    const { items: enough, chunk } = WORTH_SHARING[kind];
    if (items.length < enough) return shareNothing(kind, items, here);
    helper ??= startHelper(scheduleCache);
    const current = helper;
    const results: unknown[] = new Array(items.length);
    const done: boolean[] = new Array(items.length).fill(false);
    let next = 0;
    let away = 0;
    const sendNext = () => {
      if (next >= items.length || current.failed) return;
      const from = next;
      next = Math.min(items.length, next + chunk);
      current.port.postMessage({ kind, start: from, items: items.slice(from, next) } satisfies Chunk);
      away++;
    };
    const take = ({ start: from, results: answers }: ChunkResults) => {
      away--;
      answers.forEach((answer, offset) => {
        if (answer === undefined) return;
        results[from + offset] = answer;
        done[from + offset] = true;
      });
      sendNext();
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
      for (let answer = current.receive(); answer; answer = current.receive()) take(answer);
    }
    while (away > 0 && !current.failed) take(await current.answer());
    for (let index = 0; index < items.length; index++) if (!done[index]) results[index] = here(items[index]);
    return results as never[];
  };

  return {
    share,
    close: async () => {
      if (helper) await helper.worker.terminate();
    },
  };
}

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** True once the helper stopped or failed: its chunks are then worked on here. */
  failed: boolean;
  /** The next answer if one is there, without waiting (the main thread is busy in between). */
  receive(): ChunkResults | undefined;
  /** The next answer; an empty one when the helper stops instead. */
  answer(): Promise<ChunkResults>;
}

function startHelper(scheduleCache: string | undefined): Helper {
  const { port1: port, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./helper-worker.ts', import.meta.url), {
    workerData: { port: port2, scheduleCache },
    transferList: [port2],
  });
  const inbox: ChunkResults[] = [];
  let wake: (() => void) | undefined;
  const helper: Helper = {
    worker,
    port,
    failed: false,
    receive: () => inbox.shift() ?? (receiveMessageOnPort(port)?.message as ChunkResults | undefined),
    answer: async () => {
      for (;;) {
        const answer = helper.receive();
        if (answer) return answer;
        if (helper.failed) return { start: 0, results: [] };
        // Held open while waiting: with nothing else to do, the command would otherwise end here.
        port.ref();
        await new Promise<void>((resolve) => (wake = resolve));
        port.unref();
      }
    },
  };
  port.on('message', (answer: ChunkResults) => {
    inbox.push(answer);
    wake?.();
  });
  // Neither keeps the command running: a run that ends early (an error) must not wait for them.
  // (A 'message' listener refs the port, hence after it.)
  worker.unref();
  port.unref();
  const stop = () => {
    helper.failed = true;
    wake?.();
  };
  worker.on('error', stop);
  worker.on('exit', stop);
  return helper;
}
