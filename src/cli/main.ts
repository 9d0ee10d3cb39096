import { buildCommand } from "./build.ts";
import { serveCommand } from "./serve.ts";
import { annotateCommand } from "./annotate.ts";
import { SettingsError } from "../config/settings.ts";
import { UsageError } from "./usage-error.ts";

export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  serve: serveCommand,
  annotate: annotateCommand,
};

const USAGE = `arshif — turns a folder of Arabic news articles into a searchable right-to-left website.

Usage: arshif <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join("\n")}

Run "arshif <command> --help" for the options of a command.`;

/** Runs one command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`arshif: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof SettingsError || error instanceof UsageError) {
      console.error(`arshif ${name}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
