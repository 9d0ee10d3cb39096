// The thread of src/search/pagefind-thread.ts. Plain JavaScript, like article-worker.js: a worker
// thread does not inherit the TypeScript loader, and this one needs none. Requests are answered
// one at a time, in the order they came.
import childProcess from "node:child_process";
import { parentPort } from "node:worker_threads";

// Pagefind's wrapper never watches its indexing process: when the kernel kills it (out of
// memory), every pending request waits forever. The process is started through this module's
// spawn, so it is watched here, and its death fails the build instead of hanging it.
let closing = false;
const spawn = childProcess.spawn;
childProcess.spawn = (...args) => {
  const child = spawn(...args);
  child.on("exit", (code, signal) => {
    if (closing) return;
    const how = signal === "SIGKILL" ? "was killed (SIGKILL: most often the system ran out of memory)" : `stopped (${signal ?? `exit code ${code}`})`;
    parentPort.postMessage({ died: `Pagefind's indexing process ${how}` });
    process.exit(1);
  });
  return child;
};
const pagefind = await import("pagefind");

let index;
let queue = Promise.resolve();

async function answer(request) {
  try {
    if (!index) {
      const created = await pagefind.createIndex({ forceLanguage: "ar" });
      if (!created.index) return { failed: `Pagefind could not start: ${created.errors.join("; ")}` };
      index = created.index;
    }
    if (request.add) return { added: await Promise.all(request.add.map(addRecord)) };
    const written = await index.getFiles();
    await index.deleteIndex();
    index = undefined;
    if (request.close) {
      closing = true;
      await pagefind.close();
    }
    if (written.errors.length) return { failed: `Pagefind could not build its index: ${written.errors.join("; ")}` };
    return { files: written.files };
  } catch (error) {
    return { failed: String(error?.message ?? error) };
  }
}

async function addRecord(record) {
  try {
    const { errors } = await index.addCustomRecord(record);
    return errors.join("; ");
  } catch (error) {
    return String(error?.message ?? error) || "Pagefind refused the record";
  }
}

parentPort.on("message", (request) => {
  queue = queue.then(async () => {
    parentPort.postMessage(await answer(request));
  });
});
