import { link, lstat, mkdir, readdir, readFile, realpath, rename, rm, rmdir, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SettingsError, type Settings } from "../config/settings.ts";
import { PROJECT_ROOT, TEMPLATES_DIR } from "../site/eleventy-site.ts";
import { PAGE_LIST } from "./page-reuse.ts";
import { inBatches } from "../files/in-batches.ts";
import { filesUnder } from "../files/files-under.ts";

/** In every site arshif writes: a folder that holds it may be replaced by the next build. */
export const SITE_MARKER = ".arshif-site";
const MARKER_TEXT = "This folder was written by arshif build, which replaces it whole on every build.\n";

/** A second build into an output folder that a running build holds. */
export class OutputBusyError extends SettingsError {}

/**
 * Where one build writes its site: a new folder beside the output, which takes the output's place
 * only when the site is complete. Until then the previous site stays whole, whatever happens to
 * the build; a lock beside the output keeps other builds out.
 */
export interface StagedSite {
  /** The output folder, with symbolic links followed. */
  output: string;
  /** The folder this build writes into. */
  staging: string;
  /** Puts the staged site in the output's place: two renames. */
  publish(): Promise<void>;
  /**
   * Puts the staged files into the output folder in place of those they replace, and removes the
   * output's files that are neither staged nor in `kept` (paths relative to the site folder).
   */
  update(kept: ReadonlySet<string>): Promise<void>;
  /** Removes what an unpublished build wrote, and the lock. */
  close(): Promise<void>;
}

export async function stageSite(settings: Settings): Promise<StagedSite> {
  const output = await checkedOutputFolder(settings);
  const { dir: parent, base: name } = path.parse(output);
  const staging = path.join(parent, `.${name}.building-${process.pid}`);
  const unlock = await lockOutput(output).catch(notWritable(output));
  try {
    await clearLeftovers(output);
    await mkdir(staging);
    await writeFile(path.join(staging, SITE_MARKER), MARKER_TEXT);
  } catch (error) {
    await unlock();
    return notWritable(output)(error as NodeJS.ErrnoException);
  }
  return {
    output,
    staging,
    publish: () => swapIn(staging, output),
    update: (kept) => updateInPlace(staging, output, kept),
    close: async () => {
      await rm(staging, { recursive: true, force: true });
      await unlock();
    },
  };
}

/** The build writes beside the output folder: a place it may not write is a setting to change, not a bug. */
function notWritable(output: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    if (error.code !== "EACCES" && error.code !== "EPERM" && error.code !== "EROFS") throw error;
    throw new SettingsError(
      `cannot write beside the output folder ${output} (${error.code}): each build writes the new site next to it, then puts it in its place. Make ${path.dirname(output)} writable, or choose another output folder.`,
    );
  };
}

// ---------------------------------------------------------------------------------------------
// Which folders may be the output.

/** Folders of arshif itself: a site inside them would be read as templates, data or code. */
const OWN_FOLDERS = [TEMPLATES_DIR, ...["src", "bin", "data", "articles", "node_modules", "tests", "scripts", "bench", ".git"].map((folder) => path.join(PROJECT_ROOT, folder))];

interface Guarded {
  folder: string;
  what: string;
  /** The project folders hold the output folder by default (_site); the others may not hold it at all. */
  mayHoldOutput: boolean;
}

/** The output folder with symbolic links followed, once it is known to be safe to replace. */
async function checkedOutputFolder(settings: Settings): Promise<string> {
  const { real: output, existing } = await resolveThroughLinks(settings.outputDir);
  const refuse = (why: string, remedy = "Choose a folder of its own, such as _site.") => {
    const shown = output === path.resolve(settings.outputDir) ? output : `${settings.outputDir} (${output})`;
    return new SettingsError(`cannot write the site to ${shown}: ${why}. ${remedy}`);
  };
  for (const { folder, what, mayHoldOutput } of await guardedFolders(settings)) {
    if (foldCase(output) === foldCase(folder)) throw refuse(`it is ${what}, and each build replaces its output folder whole`);
    if (isInside(folder, output)) throw refuse(`it holds ${what} ${folder}, and each build replaces its output folder whole`);
    if (!mayHoldOutput && isInside(output, folder)) throw refuse(`it lies inside ${what} ${folder}, where arshif must not write`);
  }
  if (existing !== output && !(await stat(existing)).isDirectory()) throw refuse(`${existing} is a file, not a folder`);
  await checkExistingOutput(output, refuse);
  return output;
}

async function guardedFolders(settings: Settings): Promise<Guarded[]> {
  const guarded: Guarded[] = [
    { folder: settings.root, what: "the project folder", mayHoldOutput: true },
    { folder: PROJECT_ROOT, what: "arshif's own folder", mayHoldOutput: true },
    { folder: settings.articlesDir, what: "the articles folder", mayHoldOutput: false },
    ...(settings.dataDir ? [{ folder: settings.dataDir, what: "the data folder", mayHoldOutput: false }] : []),
    ...OWN_FOLDERS.map((folder) => ({ folder, what: "a folder of arshif itself", mayHoldOutput: false })),
  ];
  return Promise.all(guarded.map(async (guard) => ({ ...guard, folder: (await resolveThroughLinks(guard.folder)).real })));
}

type Refuse = (why: string, remedy?: string) => SettingsError;

/** An existing output must be a folder that is empty or that arshif wrote. */
async function checkExistingOutput(output: string, refuse: Refuse): Promise<void> {
  const info = await lstat(output).catch(ifMissing(undefined));
  if (!info) return;
  if (info.isSymbolicLink()) throw refuse("it is a symbolic link to a place that does not exist", "Remove the link, or point it at a folder.");
  if (!info.isDirectory()) throw refuse("it is a file, not a folder");
  const entries = await readdir(output);
  if (entries.length && !entries.includes(SITE_MARKER)) {
    throw refuse(`it holds files that arshif did not write (it has no ${SITE_MARKER})`, "Choose an empty or new folder, or move its files away first.");
  }
}

/** Where a path really leads: the real path of its deepest existing ancestor, then the rest as written. */
async function resolveThroughLinks(target: string): Promise<{ real: string; existing: string }> {
  const rest: string[] = [];
  for (let existing = path.resolve(target); ; ) {
    const real = await realpath(existing).catch(ifMissing(undefined));
    if (real !== undefined) return { real: path.join(real, ...rest), existing: real };
    const parent = path.dirname(existing);
    if (parent === existing) return { real: path.join(existing, ...rest), existing }; // a drive that is not there
    rest.unshift(path.basename(existing));
    existing = parent;
  }
}

/** Whether `inner` lies strictly inside `outer`. */
function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(foldCase(outer), foldCase(inner));
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Windows and macOS name files without regard to case by default. */
function foldCase(file: string): string {
  return process.platform === "win32" || process.platform === "darwin" ? file.toLowerCase() : file;
}

/** For .catch(): a path that does not exist (or runs through a file) gives `value`; other errors stay errors. */
function ifMissing<T>(value: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return value;
    throw error;
  };
}

// ---------------------------------------------------------------------------------------------
// The lock: a file beside the output holding the builder's process id. It is made complete
// under a temporary name and linked into place, because linking fails when the name is taken,
// so no build ever sees a lock without its process id.

async function lockOutput(output: string): Promise<() => Promise<void>> {
  const lockFile = lockFileOf(output);
  await mkdir(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createLock(lockFile)) return () => rm(lockFile, { force: true });
    await takeOverIfStale(lockFile, output);
  }
  throw busy(output, undefined);
}

function lockFileOf(output: string): string {
  const { dir, base } = path.parse(output);
  return path.join(dir, `.${base}.lock`);
}

async function createLock(lockFile: string): Promise<boolean> {
  const draft = `${lockFile}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  await writeFile(draft, `${process.pid}\n`);
  try {
    await link(draft, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(draft, { force: true });
  }
}

/** Removes a lock whose process has ended (a killed build); refuses when it is still running. */
async function takeOverIfStale(lockFile: string, output: string): Promise<void> {
  const claimed = `${lockFile}.stale-${process.pid}`;
  // Renamed before it is read: of several builds that find the same stale lock, one takes it.
  if ((await rename(lockFile, claimed).catch(ifMissing("gone"))) === "gone") return;
  const holder = Number.parseInt(await readFile(claimed, "utf8"), 10);
  if (isRunning(holder)) {
    await link(claimed, lockFile).catch(() => {}); // a build started just before: its lock goes back
    await unlink(claimed);
    throw busy(output, holder);
  }
  await unlink(claimed);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function busy(output: string, holder: number | undefined): OutputBusyError {
  const who = holder === undefined ? "another arshif build" : `another arshif build (process ${holder})`;
  return new OutputBusyError(
    `${who} is writing the site to ${output}. Wait for it to finish; if no build is running, delete ${lockFileOf(output)}.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Staging and swapping.

/**
 * Removes what killed builds left beside the output (only the lock holder writes there). A build
 * killed between its two renames left no output but the previous site aside: that comes back.
 */
async function clearLeftovers(output: string): Promise<void> {
  const { dir: parent, base: name } = path.parse(output);
  const leftovers = (await readdir(parent)).filter((entry) => entry.startsWith(`.${name}.building-`) || entry.startsWith(`.${name}.previous-`));
  const previous = leftovers.find((entry) => entry.startsWith(`.${name}.previous-`));
  if (previous && !(await lstat(output).catch(ifMissing(undefined)))) {
    await rename(path.join(parent, previous), output);
    leftovers.splice(leftovers.indexOf(previous), 1);
  }
  await Promise.all(leftovers.map((entry) => rm(path.join(parent, entry), { recursive: true, force: true })));
}

async function swapIn(staging: string, output: string): Promise<void> {
  const { dir: parent, base: name } = path.parse(output);
  const previous = path.join(parent, `.${name}.previous-${process.pid}`);
  await swapFolder(staging, output, previous);
  await rm(previous, { recursive: true, force: true });
}

/**
 * A site built on the previous one changes a few thousand of its files: moving those in costs a
 * fraction of linking the previous site's other files into the new one and deleting the previous
 * site (two thirds of a 31,000-article build that added 100 articles). A folder none of whose
 * files are kept (the search index, made anew) is swapped in whole, the previous one set aside in
 * the staging folder, which is removed after: renaming its tens of thousands of files one by one
 * over the previous ones took up to 28 s, as the file system writes each new file out before it
 * replaces an old one. Every address keeps a file throughout, the previous page or the new one.
 * The page list, which lets the next build reuse pages, is removed first and put back last: a
 * build killed in between leaves a whole site that the next build replaces whole.
 */
async function updateInPlace(staging: string, output: string, kept: ReadonlySet<string>): Promise<void> {
  await rm(path.join(output, PAGE_LIST), { force: true });
  const staged = filesUnder(staging).filter((file) => file !== PAGE_LIST && file !== SITE_MARKER);
  const whole = foldersMadeAnew(staged, kept);
  for (const folder of whole) await swapFolder(path.join(staging, folder), path.join(output, folder), path.join(staging, SET_ASIDE, folder));
  const single = staged.filter((file) => !whole.has(topFolder(file)));
  await inBatches([...new Set(single.map((file) => path.dirname(path.join(output, file))))], (folder) => mkdir(folder, { recursive: true }));
  await inBatches(single, (file) => renameSoon(path.join(staging, file), path.join(output, file)));
  const wanted = new Set([...staged, ...kept, PAGE_LIST, SITE_MARKER]);
  const stale = filesUnder(output).filter((file) => !wanted.has(file));
  await inBatches(stale, (file) => rm(path.join(output, file), { force: true }));
  await removeEmptyFolders(output, stale);
  await renameSoon(path.join(staging, PAGE_LIST), path.join(output, PAGE_LIST));
}

/** Where, in the staging folder, the previous site's folders replaced whole are set aside until it is removed. */
const SET_ASIDE = ".replaced";

/** The top folders of the staged files none of whose files are kept from the previous site. */
function foldersMadeAnew(staged: readonly string[], kept: ReadonlySet<string>): Set<string> {
  const keptFolders = new Set([...kept].map(topFolder));
  return new Set(staged.map(topFolder).filter((folder) => folder !== "" && !keptFolders.has(folder)));
}

/** A path's first folder ("" for a file at the top). */
function topFolder(file: string): string {
  const parts = file.split(path.sep);
  return parts.length > 1 ? parts[0]! : "";
}

/** Puts a folder in another's place: the other is moved aside first, and back if the swap fails. */
async function swapFolder(from: string, to: string, aside: string): Promise<void> {
  await mkdir(path.dirname(aside), { recursive: true });
  const had = (await renameSoon(to, aside).catch(ifMissing("none"))) !== "none";
  try {
    await renameSoon(from, to);
  } catch (error) {
    if (had) await renameSoon(aside, to);
    throw error;
  }
}

/** Removes the folders that held removed files and hold nothing now, and their parents likewise. */
async function removeEmptyFolders(site: string, removed: readonly string[]): Promise<void> {
  const folders = [...new Set(removed.flatMap(ancestorsOf))].sort((a, b) => b.length - a.length);
  for (const folder of folders) await rmdir(path.join(site, folder)).catch(() => undefined);
}

/** A relative path's folders, innermost first, without the site folder itself. */
function ancestorsOf(file: string): string[] {
  const folders: string[] = [];
  for (let folder = path.dirname(file); folder !== "." && folder !== path.dirname(folder); folder = path.dirname(folder)) folders.push(folder);
  return folders;
}

/**
 * Windows refuses to rename a folder while another program (a virus scanner, an indexer, a file
 * server) holds a file in it open; such holds are brief, so the rename is tried a few times.
 */
async function renameSoon(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt === 10 || !(code === "EPERM" || code === "EBUSY" || code === "EACCES")) throw error;
      await sleep(50 * attempt);
    }
  }
}
