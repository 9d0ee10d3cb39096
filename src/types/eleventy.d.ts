// Eleventy 3 and its dev server ship no TypeScript declarations: these cover what arshif uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: Record<string, unknown>);
    write(): Promise<[unknown[], unknown[]]>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer;
  };
  export default EleventyDevServer;
}
