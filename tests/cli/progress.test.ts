import { describe, expect, it } from "vitest";
import { createProgress, progressLine, progressMode } from "../../src/cli/progress.ts";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe("progress", () => {
  it("is quiet in CI, one line in place on a terminal, and plain lines elsewhere", () => {
    expect(progressMode(stream(true), { CI: "true" })).toBe("quiet");
    expect(progressMode(stream(true), {})).toBe("terminal");
    expect(progressMode(stream(false), {})).toBe("lines");
  });

  it("says the stage, the count of the total, the rate and the time left", () => {
    expect(progressLine("read", 1000, 31030, 10)).toBe("read: 1,000 / 31,030 · 100/s · 5 min 0 s left");
    expect(progressLine("read", 31030, 31030, 100)).toBe("read: 31,030 / 31,030 · 310/s");
    expect(progressLine("read", 40, 31030, 0.001)).toBe("read: 40 / 31,030");
  });

  it("updates one terminal line in place and clears it at the end", () => {
    const terminal = stream(true);
    const progress = createProgress(terminal, "terminal", () => 0);
    progress("read", 1, 10);
    progress("read", 2, 10);
    progress.end();
    expect(terminal.written.every((text) => text.startsWith("\r\x1b[K"))).toBe(true);
    expect(terminal.written.join("")).not.toContain("\n");
  });

  it("writes a plain line when the work starts and at every tenth of it, not at every article", () => {
    const log = stream(false);
    const progress = createProgress(log, "lines", () => 0);
    for (let done = 1; done <= 1000; done++) progress("read", done, 1000);
    expect(log.written).toHaveLength(11);
    expect(log.written.every((line) => line.endsWith("\n"))).toBe(true);
  });

  it("writes nothing when quiet", () => {
    const quiet = stream(true);
    createProgress(quiet, "quiet")("read", 1, 2);
    expect(quiet.written).toEqual([]);
  });
});
