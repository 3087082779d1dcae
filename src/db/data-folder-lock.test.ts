import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "../domain/errors.ts";
import { LOCK_FILE_NAME, lockDataFolder } from "./data-folder-lock.ts";

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

function holderFile(pid: number, command = "udsyn areas import"): string {
  return JSON.stringify({
    pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    command,
    token: "t",
  });
}

describe("the data folder lock", () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), "udsyn-lock-"));
    file = join(folder, LOCK_FILE_NAME);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("refuses a second holder, also in the same process, naming the first and the server's address", () => {
    const lock = lockDataFolder(folder, { command: "udsyn serve" });
    lock.setAddress("http://127.0.0.1:4321");
    const refused = refusal(() => lockDataFolder(folder, { command: "udsyn users add" }));
    expect(refused.code).toBe("conflict");
    expect(refused.message).toContain(`\`udsyn serve\` (pid ${process.pid}`);
    expect(refused.message).toContain("svarer på http://127.0.0.1:4321");
    expect(refused.details.map((d) => d.message).join("\n")).toContain(
      "webappen eller API'et på http://127.0.0.1:4321",
    );
    const offline = refusal(() => lockDataFolder(folder, { command: "udsyn db dump", offlineOnly: true }));
    expect(offline.details.map((d) => d.message).join("\n")).toContain("stop `udsyn serve` først");
    lock.release();
    expect(existsSync(file)).toBe(false);
    lockDataFolder(folder, { command: "udsyn users add" }).release();
  });

  it("takes over a lock whose process has ended", () => {
    const ended = spawnSync(process.execPath, ["-e", ""]).pid ?? 0;
    writeFileSync(file, holderFile(ended));
    const lock = lockDataFolder(folder, { command: "udsyn db migrate" });
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      pid: process.pid,
      command: "udsyn db migrate",
    });
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it("treats a lock it cannot read as being written while it is new, and as abandoned when old", () => {
    writeFileSync(file, "");
    expect(refusal(() => lockDataFolder(folder, { command: "udsyn seed-demo" })).message).toContain(
      "ved at blive åbnet",
    );
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, aMinuteAgo, aMinuteAgo);
    lockDataFolder(folder, { command: "udsyn seed-demo" }).release();
  });

  it("does not remove a lock that is no longer its own", () => {
    const lock = lockDataFolder(folder, { command: "udsyn seed-demo" });
    // Another process took it over (as if ours had been judged stale) and wrote its own.
    writeFileSync(file, holderFile(process.pid, "udsyn serve"));
    lock.release();
    expect(existsSync(file)).toBe(true);
  });

  it("names another machine's lock rather than guessing whether its process runs", () => {
    writeFileSync(
      file,
      JSON.stringify({
        pid: 1,
        hostname: "another-host",
        startedAt: new Date().toISOString(),
        command: "udsyn serve",
        token: "t",
      }),
    );
    const refused = refusal(() => lockDataFolder(folder, { command: "udsyn rounds list" }));
    expect(refused.message).toContain("på maskinen another-host");
    expect(refused.details.at(-1)?.message).toContain(`låsefilen ${file} slettes`);
  });
});
