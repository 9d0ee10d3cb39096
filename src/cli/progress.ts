/**
 * Progress of long work: on a terminal one line updated in place (stage, count of total, rate,
 * time left); elsewhere a plain line at every tenth of the work; nothing in CI.
 */
export type ProgressReporter = (stage: string, done: number, total: number) => void;

interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export type ProgressMode = "terminal" | "lines" | "quiet";

export function progressMode(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): ProgressMode {
  if (env.CI && env.CI !== "false") return "quiet";
  return stream.isTTY ? "terminal" : "lines";
}

export function createProgress(stream: ProgressStream, mode: ProgressMode, now: () => number = () => performance.now()): ProgressReporter & { end(): void } {
  let stage = "";
  let started = 0;
  let lastTenth = -1;
  let lineOpen = false;
  let lastWrite = -Infinity;
  const report = (nextStage: string, done: number, total: number) => {
    if (mode === "quiet" || total === 0) return;
    if (nextStage !== stage) {
      stage = nextStage;
      started = now();
      lastTenth = -1;
      lastWrite = -Infinity;
    }
    if (mode === "terminal") {
      // Redrawn at most ten times a second: some stages report every file.
      if (now() - lastWrite < 100 && done < total) return;
      lastWrite = now();
      stream.write(`\r\x1b[K${progressLine(stage, done, total, (now() - started) / 1000)}`);
      lineOpen = true;
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${progressLine(stage, done, total, (now() - started) / 1000)}\n`);
    }
  };
  return Object.assign(report, {
    end() {
      if (lineOpen) stream.write("\r\x1b[K");
      lineOpen = false;
    },
  });
}

export function progressLine(stage: string, done: number, total: number, seconds: number): string {
  const parts = [`${stage}: ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`];
  // Under a second in, a rate says more about the first batch than about the work.
  const rate = seconds >= 1 ? done / seconds : 0;
  if (rate > 0) {
    parts.push(`${Math.round(rate).toLocaleString("en")}/s`);
    if (done < total) parts.push(`${formatSeconds((total - done) / rate)} left`);
  }
  return parts.join(" · ");
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
