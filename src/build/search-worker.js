// The thread of src/build/search-thread.ts. Plain JavaScript, like article-worker.js: a worker
// thread does not inherit the TypeScript loader of the thread that starts it.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { runSearchJob } = await import("./search-thread.ts");
await runSearchJob(workerData, (message) => parentPort.postMessage(message));
