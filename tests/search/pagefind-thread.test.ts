import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PagefindFailure, startPagefindThread } from "../../src/search/pagefind-thread.ts";

/** The pids of this process's children whose command names Pagefind. */
function pagefindChildren(): number[] {
  const lines = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(process.pid)], { encoding: "utf8" }).split("\n");
  return lines.filter((line) => /pagefind/.test(line)).map((line) => Number(line.trim().split(/\s+/)[0]));
}

const record = { url: "/articles/a/", content: "نص عربي قصير", language: "ar", meta: { title: "عنوان" }, filters: {}, sort: {} };

describe("Pagefind's indexing thread", () => {
  it("fails the indexing, instead of waiting forever, when the system kills Pagefind's process", async () => {
    const thread = startPagefindThread();
    expect(await thread.add([record])).toEqual([""]);
    const children = pagefindChildren();
    expect(children.length).toBe(1);
    // Asked for its files while stopped, then killed: the request is in flight, as when the
    // kernel kills Pagefind for memory while it writes the index.
    process.kill(children[0]!, "SIGSTOP");
    const finishing = thread.finish(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(children[0]!, "SIGKILL");
    await expect(finishing).rejects.toThrow(PagefindFailure);
    await expect(finishing).rejects.toThrow(/killed \(SIGKILL/);
    await thread.stop();
  }, 20_000);

  it("builds the index when nothing goes wrong", async () => {
    const thread = startPagefindThread();
    expect(await thread.add([record])).toEqual([""]);
    const files = await thread.finish(true);
    expect(files.some((file) => file.path === "pagefind-entry.json")).toBe(true);
  }, 20_000);
});
