import { createServer, type Server } from "node:http";
import { afterAll, beforeAll } from "vitest";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, as the project's browser tests run it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built site over HTTP on a free loopback port, under an optional path prefix, as a static host would. */
export async function serveStatic(dir: string, pathPrefix = "/"): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, etag: false });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(pathPrefix)) {
      response.statusCode = 404;
      response.end("not under the path prefix");
      return;
    }
    request.url = "/" + url.slice(pathPrefix.length);
    files(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface BrowsingSession {
  browser: Browser;
  server: StaticServer;
}

/**
 * Chromium and a static server over a built site, opened before the tests of the enclosing
 * file or describe block and closed after them. `site` is asked for when the hooks run, so
 * it may name a folder that an earlier beforeAll builds.
 */
export function browseSite(site: () => string, pathPrefix = "/"): BrowsingSession {
  const session = {} as BrowsingSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchChromium(), serveStatic(site(), pathPrefix)]);
  });
  afterAll(async () => {
    await Promise.all([session.browser?.close(), session.server?.close()]);
  });
  return session;
}
