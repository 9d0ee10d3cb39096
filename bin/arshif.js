#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so users need no compile step.
import { register } from "tsx/esm/api";

register();
const { main, internalErrorMessage } = await import("../src/cli/main.ts");
const argv = process.argv.slice(2);
// An error that escapes a command's own handling (a library's stray rejection) is still a bug to report, with exit code 3.
const fail = (error) => {
  console.error(internalErrorMessage(argv[0] ?? "", error, argv.includes("--debug") || Boolean(process.env.ARSHIF_DEBUG)));
  process.exit(3);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
process.exitCode = await main(argv);
