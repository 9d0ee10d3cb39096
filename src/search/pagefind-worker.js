// The thread of src/search/pagefind-thread.ts. Plain JavaScript, like article-worker.js: a worker
// thread does not inherit the TypeScript loader, and this one needs none. Requests are answered
// one at a time, in the order they came.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

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
    await pagefind.close();
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
