import { buildCommand } from "./build.ts";
import { serveCommand } from "./serve.ts";
import { annotateCommand } from "./annotate.ts";
import { exportCommand } from "./export.ts";
import { statsCommand } from "./stats.ts";
import { SettingsError } from "../config/settings.ts";
import { UsageError } from "./usage-error.ts";
import { EXIT_CODES_HELP } from "./exit-codes.ts";

export interface CommandContext {
  /** --debug: stack traces of internal errors. */
  debug: boolean;
}

export interface Command {
  summary: string;
  help: string;
  run(args: string[], context: CommandContext): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  serve: serveCommand,
  annotate: annotateCommand,
  export: exportCommand,
  stats: statsCommand,
};

const USAGE = `arshif — turns a folder of Arabic news articles into a searchable right-to-left website.

Usage: arshif <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`).join("\n")}

Run "arshif <command> --help" for the options of a command.
Add --debug to any command to see the stack trace of an internal error.

${EXIT_CODES_HELP}`;

/** Runs one command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug") || Boolean(process.env.ARSHIF_DEBUG);
  const [name, ...args] = argv.filter((arg) => arg !== "--debug");
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
    return await command.run(args, { debug });
  } catch (error) {
    if (error instanceof SettingsError || error instanceof UsageError) {
      console.error(`arshif ${name}: ${error.message}`);
      return 2;
    }
    console.error(internalErrorMessage(name, error, debug));
    return 3;
  }
}

export function internalErrorMessage(command: string, error: unknown, debug: boolean): string {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const lines = [
    `arshif ${command}: internal error: ${reason}`,
    "This is a bug in arshif. Please report it with the command line you ran and the output above" +
      " (attach the article file if one is named).",
  ];
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  else lines.push("Run the same command with --debug to see the stack trace.");
  return lines.join("\n");
}
