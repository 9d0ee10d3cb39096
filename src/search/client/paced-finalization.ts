/**
 * Pagefind's web worker keeps what each search result needs to load its page until the page
 * lets go of the result: a FinalizationRegistry then tells the worker, one message for each
 * result. A search here reads every word on its own and finds thousands of results, so when the
 * garbage collector took a few searches' results, tens of thousands of messages went back and
 * forth at once, and the search asked meanwhile waited behind them for seconds. This registry
 * hands the results let go of to Pagefind's clean-up a batch at a time, with a pause between
 * batches, so that a search waits behind one batch at most.
 */
const BATCH = 100;
const PAUSE_MS = 100;

type Registry = typeof FinalizationRegistry;

function pacedRegistry(Native: Registry): Registry {
  return class PacedRegistry<T> {
    private readonly registry: FinalizationRegistry<T>;
    private readonly due: T[] = [];
    private draining = false;

    constructor(private readonly cleanUp: (held: T) => void) {
      this.registry = new Native<T>((held) => {
        this.due.push(held);
        this.drainSoon(0);
      });
    }

    register(target: WeakKey, held: T, token?: WeakKey): void {
      this.registry.register(target, held, token);
    }

    unregister(token: WeakKey): boolean {
      return this.registry.unregister(token);
    }

    private drainSoon(pause: number): void {
      if (this.draining) return;
      this.draining = true;
      setTimeout(() => {
        this.draining = false;
        for (const held of this.due.splice(0, BATCH)) this.cleanUp(held);
        if (this.due.length > 0) this.drainSoon(PAUSE_MS);
      }, pause);
    }
  } as unknown as Registry;
}

/** Runs `start` (which creates Pagefind's registry) with the paced registry in place of the browser's. */
export async function withPacedFinalization<T>(start: () => Promise<T>): Promise<T> {
  const Native = globalThis.FinalizationRegistry;
  if (Native === undefined) return start();
  globalThis.FinalizationRegistry = pacedRegistry(Native);
  try {
    return await start();
  } finally {
    globalThis.FinalizationRegistry = Native;
  }
}
