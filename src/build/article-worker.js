// A worker thread of readArticlesParallel. Plain JavaScript: worker threads do not inherit the
// TypeScript loader of the thread that starts them, so each registers it before loading the code.
import { register } from "tsx/esm/api";

register();
const { articleContext, readBatch } = await import("./read-articles-parallel.ts");
const contexts = new Map();

export default function readArticleBatch(batch) {
  const key = batch.dataDir ?? "";
  if (!contexts.has(key)) contexts.set(key, articleContext(batch.dataDir));
  return readBatch(batch, contexts.get(key));
}
