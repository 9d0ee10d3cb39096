/** A command line that cannot be understood: reported with the usage, exit code 2. */
export class UsageError extends Error {}
