import type { Problem } from "../record.ts";

/** Why a file could not become an article, or what to keep in mind about the one it became. */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export function toProblem(file: string, error: IngestError): Problem {
  const problem: Problem = { file, severity: "error", message: error.message, hint: error.hint };
  if (error.line !== undefined) problem.line = error.line;
  return problem;
}
