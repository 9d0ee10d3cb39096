/** What the exit code of every command means; printed by --help. */
export const EXIT_CODES_HELP = `Exit codes:
  0  built (warnings may have been printed)
  1  built, but some files were rejected or met an internal error (each is named)
  2  usage or settings error: nothing was built (a missing folder, an unsafe output folder …)
  3  internal error: a bug in arshif; the previous site, if any, is left as it was`;
