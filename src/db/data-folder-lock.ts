import { randomBytes } from "node:crypto";
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DomainError, type Issue } from "../domain/errors.ts";
import { formatDateTime } from "../domain/format.ts";

/**
 * One process per embedded database. PGlite keeps the whole PostgreSQL cluster in one process's
 * memory and writes its pages back to the folder; a second process opening the same folder works
 * on its own copy, and whichever writes last leaves a folder that no longer opens (seen: an
 * import beside a running server). PGlite has no lock of its own, so we take one: a file in the
 * folder, created exclusively, naming the process that holds it.
 */
export const LOCK_FILE_NAME = "udsyn.lock";

/** Our lock file and its helpers (temporary copy, take-over guard) all start with this name. */
export function isLockFileName(name: string): boolean {
  return name === LOCK_FILE_NAME || name.startsWith(`${LOCK_FILE_NAME}.`);
}

/** What the lock file says about its holder: enough for the refusal to tell a person what to do. */
export interface LockHolder {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
  /** The verb, e.g. `udsyn serve`; never the arguments (they may hold a password). */
  readonly command: string;
  /** Where a running server answers, once it listens. */
  readonly address?: string;
  /** Tells our own lock from one a later process wrote in its place. */
  readonly token: string;
}

export interface DataFolderLock {
  readonly folder: string;
  readonly file: string;
  /** Records the server's address in the lock, so a refused command can point to it. */
  setAddress(address: string): void;
  /** Removes the lock if it is still ours. Idempotent. */
  release(): void;
}

/** Lock files younger than this that cannot be read are being written, not abandoned. */
const UNREADABLE_GRACE_MS = 10_000;
/** A take-over guard older than this was left by a process that died in the middle of it. */
const TAKEOVER_GRACE_MS = 30_000;

const held = new Set<HeldLock>();

class HeldLock implements DataFolderLock {
  readonly folder: string;
  readonly file: string;
  private holder: LockHolder;
  private released = false;

  constructor(folder: string, file: string, holder: LockHolder) {
    this.folder = folder;
    this.file = file;
    this.holder = holder;
  }

  setAddress(address: string): void {
    if (this.released || !this.isStillOurs()) return;
    this.holder = { ...this.holder, address };
    // Written beside and renamed over: a reader never sees half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialise(this.holder));
    renameSync(temporary, this.file);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    held.delete(this);
    if (held.size === 0) stopWatchingSignals();
    if (!this.isStillOurs()) return;
    try {
      unlinkSync(this.file);
    } catch (error) {
      if (!isCode(error, "ENOENT")) throw error;
    }
  }

  private isStillOurs(): boolean {
    const current = readHolder(this.file);
    return current.kind === "holder" && current.holder.token === this.holder.token;
  }
}

export interface LockOptions {
  readonly command: string;
  /** The task cannot be done through a running server (backup, restore): the refusal says stop it. */
  readonly offlineOnly?: boolean;
}

/**
 * Takes the folder's lock or refuses with a `conflict` DomainError naming the process that has
 * it. A lock whose process is gone (same machine, pid not running) is stale and taken over.
 */
export function lockDataFolder(folder: string, options: LockOptions): DataFolderLock {
  const file = join(folder, LOCK_FILE_NAME);
  const holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command: options.command,
    token: randomBytes(16).toString("hex"),
  };
  // Each round either creates the file, refuses, or removes a stale lock and tries again; a few
  // rounds only run out when other processes keep racing for the same folder.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusively(file, holder)) {
      const lock = new HeldLock(folder, file, holder);
      held.add(lock);
      watchSignals();
      return lock;
    }
    const current = readHolder(file);
    if (current.kind === "missing") continue;
    if (current.kind === "unreadable") {
      if (Date.now() - current.modifiedAt < UNREADABLE_GRACE_MS) throw inUse(folder, file, undefined);
      takeOver(file, current.text);
      continue;
    }
    if (isAlive(current.holder)) throw inUse(folder, file, current.holder, options);
    takeOver(file, current.text);
  }
  throw inUse(folder, file, undefined);
}

function serialise(holder: LockHolder): string {
  return `${JSON.stringify(holder, null, 2)}\n`;
}

function createExclusively(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx");
  } catch (error) {
    if (isCode(error, "EEXIST")) return false;
    throw error;
  }
  try {
    writeSync(fd, serialise(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

type ReadResult =
  | { readonly kind: "missing" }
  | { readonly kind: "unreadable"; readonly text: string; readonly modifiedAt: number }
  | { readonly kind: "holder"; readonly text: string; readonly holder: LockHolder };

function readHolder(file: string): ReadResult {
  let text: string;
  let modifiedAt: number;
  try {
    text = readFileSync(file, "utf8");
    modifiedAt = statSync(file).mtimeMs;
  } catch (error) {
    if (isCode(error, "ENOENT")) return { kind: "missing" };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    if (
      typeof parsed.pid === "number" &&
      typeof parsed.hostname === "string" &&
      typeof parsed.startedAt === "string" &&
      typeof parsed.command === "string" &&
      typeof parsed.token === "string"
    ) {
      return { kind: "holder", text, holder: parsed as LockHolder };
    }
  } catch {
    // Falls through: half-written (a process between creating and writing) or not ours.
  }
  return { kind: "unreadable", text, modifiedAt };
}

/**
 * Only a process on this machine can be checked. A pid that exists is taken to be the holder
 * (EPERM: it runs as another user); a reused pid then refuses rather than risking the folder,
 * and the message says which file to remove.
 */
function isAlive(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return !isCode(error, "ESRCH");
  }
}

/**
 * Removes a stale lock. Two processes may find the same stale lock; a guard file makes the
 * check-and-remove one step, so neither removes the fresh lock the other has just written.
 */
function takeOver(file: string, staleText: string): void {
  const guard = `${file}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, "wx");
  } catch (error) {
    if (!isCode(error, "EEXIST")) throw error;
    // Another process is taking over; the caller looks again. A guard left by a process that
    // died in the middle is removed once it is old enough.
    const guardStat = statSync(guard, { throwIfNoEntry: false });
    if (guardStat !== undefined && Date.now() - guardStat.mtimeMs >= TAKEOVER_GRACE_MS) unlinkQuietly(guard);
    return;
  }
  try {
    closeSync(fd);
    let current: string;
    try {
      current = readFileSync(file, "utf8");
    } catch (error) {
      if (isCode(error, "ENOENT")) return;
      throw error;
    }
    if (current === staleText) unlinkQuietly(file);
  } finally {
    unlinkQuietly(guard);
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if (!isCode(error, "ENOENT")) throw error;
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}

function inUse(
  folder: string,
  file: string,
  holder: LockHolder | undefined,
  options?: LockOptions,
): DomainError {
  if (holder === undefined) {
    return new DomainError(
      "conflict",
      {
        da: `Databasemappen ${folder} er ved at blive åbnet af en anden udsyn-proces.`,
        en: `The database folder ${folder} is being opened by another udsyn process.`,
      },
      [
        {
          message: "PGlite kan ikke dele en mappe mellem to processer, heller ikke til læsning.",
          en: "PGlite cannot share a folder between two processes, not even for reading.",
        },
        {
          message: "Vent et øjeblik, og kør kommandoen igen.",
          en: "Wait a moment and run the command again.",
        },
      ],
    );
  }
  const started = new Date(holder.startedAt);
  const remote = holder.hostname !== hostname();
  const where = remote ? ` på maskinen ${holder.hostname}` : "";
  const whereEn = remote ? ` on the machine ${holder.hostname}` : "";
  const details: Issue[] = [
    {
      message:
        "PGlite kan ikke dele en mappe mellem to processer, heller ikke til læsning; derfor afviser udsyn alle kommandoer der åbner mappen, så længe den anden proces kører.",
      en: "PGlite cannot share a folder between two processes, not even for reading; so udsyn refuses every command that opens the folder while the other process runs.",
    },
  ];
  if (options?.offlineOnly === true) {
    details.push({
      message: `Det kan ikke gøres gennem en kørende udsyn; stop \`${holder.command}\` først (Ctrl+C eller kill ${holder.pid}), og kør kommandoen igen.`,
      en: `It cannot be done through a running udsyn; stop \`${holder.command}\` first (Ctrl+C or kill ${holder.pid}) and run the command again.`,
    });
  } else if (holder.address !== undefined) {
    details.push({
      message: `Gør det i stedet gennem webappen eller API'et på ${holder.address}, eller stop serveren (Ctrl+C eller kill ${holder.pid}) og kør kommandoen igen.`,
      en: `Do it through the web app or the API at ${holder.address} instead, or stop the server (Ctrl+C or kill ${holder.pid}) and run the command again.`,
    });
  } else if (holder.command.startsWith("udsyn serve")) {
    details.push({
      message: `Serveren er ved at starte; gør det gennem webappen eller API'et, når den kører, eller stop den først (kill ${holder.pid}).`,
      en: `The server is starting; do it through the web app or the API when it runs, or stop it first (kill ${holder.pid}).`,
    });
  } else {
    details.push({
      message: `Vent til \`${holder.command}\` er færdig, og kør kommandoen igen.`,
      en: `Wait until \`${holder.command}\` has finished and run the command again.`,
    });
  }
  details.push({
    message: `Kører proces ${holder.pid}${where} ikke længere, kan låsefilen ${file} slettes.`,
    en: `If process ${holder.pid}${whereEn} no longer runs, the lock file ${file} can be deleted.`,
  });
  return new DomainError(
    "conflict",
    {
      da: `Databasemappen ${folder} er i brug af \`${holder.command}\` (pid ${holder.pid}${where}, siden ${formatDateTime(started)})${holder.address === undefined ? "" : ` og svarer på ${holder.address}`}.`,
      en: `The database folder ${folder} is in use by \`${holder.command}\` (pid ${holder.pid}${whereEn}, since ${formatDateTime(started, "en")})${holder.address === undefined ? "" : ` and answers at ${holder.address}`}.`,
    },
    details,
  );
}

// Releasing on the way out. `exit` covers process.exit and a natural end. A signal ends the
// process without `exit`, so we listen for them while a lock is held; when the program has its
// own handler (the server shuts down gracefully and then exits), we leave it to that handler:
// releasing first would let another process in while the database is still being closed.
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof SIGNALS;

function releaseAll(): void {
  for (const lock of [...held]) {
    try {
      lock.release();
    } catch {
      // On the way out nothing more can be done; a lock left behind is detected as stale.
    }
  }
}

function onSignal(signal: Signal): void {
  if (process.listenerCount(signal) > 1) return;
  releaseAll();
  process.exit(SIGNALS[signal]);
}

let watching = false;

function watchSignals(): void {
  if (watching) return;
  watching = true;
  process.on("exit", releaseAll);
  for (const signal of Object.keys(SIGNALS) as Signal[]) process.on(signal, onSignal);
}

function stopWatchingSignals(): void {
  if (!watching) return;
  watching = false;
  process.off("exit", releaseAll);
  for (const signal of Object.keys(SIGNALS) as Signal[]) process.off(signal, onSignal);
}
