import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withPacedFinalization } from "../../src/search/client/paced-finalization.ts";

/** A registry whose finalizations the test fires by hand, as the garbage collector would. */
class FakeRegistry<T> {
  static latest: FakeRegistry<unknown> | undefined;
  constructor(readonly cleanUp: (held: T) => void) {
    FakeRegistry.latest = this as FakeRegistry<unknown>;
  }
  register(): void {}
  unregister(): boolean {
    return false;
  }
  collect(held: T): void {
    this.cleanUp(held);
  }
}

describe("Pagefind's clean-up of results let go of", () => {
  const Native = globalThis.FinalizationRegistry;
  beforeEach(() => {
    vi.useFakeTimers();
    globalThis.FinalizationRegistry = FakeRegistry as unknown as typeof FinalizationRegistry;
  });
  afterEach(() => {
    vi.useRealTimers();
    globalThis.FinalizationRegistry = Native;
  });

  it("reaches the worker a batch at a time, not all at once when the garbage collector takes thousands", async () => {
    const released: number[] = [];
    await withPacedFinalization(async () => void new FinalizationRegistry<number>((held) => released.push(held)));
    for (let n = 0; n < 250; n++) FakeRegistry.latest!.collect(n);
    expect(released).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(released).toHaveLength(100);
    await vi.advanceTimersByTimeAsync(100);
    expect(released).toHaveLength(200);
    await vi.advanceTimersByTimeAsync(100);
    expect(released).toEqual([...Array(250).keys()]);
  });

  it("is only Pagefind's: the browser's registry is back once Pagefind has started", async () => {
    await withPacedFinalization(async () => {
      expect(globalThis.FinalizationRegistry).not.toBe(FakeRegistry);
    });
    expect(globalThis.FinalizationRegistry).toBe(FakeRegistry);
  });
});
