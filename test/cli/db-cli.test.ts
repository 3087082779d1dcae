import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
// Each run starts a Node process and PGlite; the machine may be shared, so the limits are generous.
const SLOW = 240_000;

/** The embedded default: neither DATABASE_URL nor UDSYN_DATA may leak in from the environment. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, UDSYN_DATA: _data, ...env } = process.env;
  return env;
}

function run(data: string, args: readonly string[], env: NodeJS.ProcessEnv = embeddedEnv()) {
  return spawnSync(process.execPath, [BIN, "--data", data, ...args], { encoding: "utf8", env });
}

function writeLock(folder: string, holder: { pid: number; command: string }): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, "udsyn.lock"),
    JSON.stringify({
      pid: holder.pid,
      hostname: hostname(),
      startedAt: new Date().toISOString(),
      command: holder.command,
      token: "written-by-the-test",
    }),
  );
}

/** A pid that surely belonged to a process that has ended: one we started and waited for. */
function deadPid(): number {
  const gone = spawnSync(process.execPath, ["-e", ""]);
  if (gone.pid === undefined) throw new Error("could not start a process");
  return gone.pid;
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((done, fail) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = seen.match(pattern);
      if (match !== null) {
        clearTimeout(timer);
        done(match);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before ${pattern}:\n${seen}`));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once("exit", (code) => done(code)));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "udsyn-db-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one process per embedded database folder", () => {
  it(
    "refuses a second process while `udsyn serve` holds the folder, names the server, and the folder opens after it stops",
    async () => {
      const data = join(dir, "served");
      const server = spawn(process.execPath, [BIN, "--data", data, "serve", "--port", "0"], {
        env: { ...embeddedEnv(), LOG_LEVEL: "warn" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      try {
        // The first start of an empty embedded database loads the demo, its register batch included.
        const [, address] = await waitForOutput(
          server,
          /Demodata \(registerdata\): syntetisk registerudtræk »demo-syntetisk-by« indlæst \([\d.]+ personer, konstrueret\)[\s\S]*udsyn kører på (http:\/\/\S+)/,
          SLOW,
        );
        const refused = run(data, ["users", "list", "--json"]);
        expect(refused.status).toBe(1);
        expect(refused.stdout).toBe("");
        expect(refused.stderr).toContain(
          `Databasemappen ${data} er i brug af \`udsyn serve\` (pid ${server.pid}`,
        );
        expect(refused.stderr).toContain(`gennem webappen eller API'et på ${address}`);
        expect(refused.stderr).toContain("heller ikke til læsning");
        expect(refused.stderr).not.toMatch(/^\s+at /m);
        // The refused command did not disturb the server.
        const health = await fetch(`${address}/api/health`);
        expect(health.status).toBe(200);
      } finally {
        server.kill("SIGTERM");
      }
      expect(await exited(server)).toBe(0);
      // SIGTERM released the lock, and the folder is whole: the next command opens it.
      expect(existsSync(join(data, "udsyn.lock"))).toBe(false);
      const after = run(data, ["users", "list", "--json"]);
      expect(after.stderr).toBe("");
      expect(after.status).toBe(0);
      expect(JSON.parse(after.stdout)).toEqual([expect.objectContaining({ username: "admin" })]);
    },
    SLOW,
  );

  it(
    "takes over a lock whose process is gone, and releases it on exit",
    () => {
      const data = join(dir, "stale");
      writeLock(data, { pid: deadPid(), command: "udsyn areas import" });
      const result = run(data, ["db", "migrate"]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(existsSync(join(data, "udsyn.lock"))).toBe(false);
    },
    SLOW,
  );

  it(
    "refuses while another running process holds the lock, and tells to wait for it",
    () => {
      const data = join(dir, "busy");
      // This test's own process is alive: as far as udsyn can tell, an import is running.
      writeLock(data, { pid: process.pid, command: "udsyn areas import" });
      const result = run(data, ["rounds", "list"]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`er i brug af \`udsyn areas import\` (pid ${process.pid}`);
      expect(result.stderr).toContain("Vent til `udsyn areas import` er færdig");
      // Refused before PGlite touched the folder: nothing but the lock is there.
      expect(readdirSync(data)).toEqual(["udsyn.lock"]);
    },
    SLOW,
  );
});

describe("backup and restore of the embedded database", () => {
  const source = () => join(dir, "source");
  const target = () => join(dir, "restored");
  const dump = () => join(dir, "backup.tar.gz");
  const usernames = (data: string): string[] => {
    const listed = run(data, ["users", "list", "--json"]);
    expect(listed.status).toBe(0);
    return (JSON.parse(listed.stdout) as { username: string }[]).map((u) => u.username).sort();
  };

  it(
    "round-trips users and reporting rounds through `db dump` and `db restore`",
    () => {
      const added = run(source(), [
        "users",
        "add",
        "--username",
        "anna",
        "--role",
        "analyst",
        "--password",
        "korrekt-hest-batteri",
      ]);
      expect(added.status).toBe(0);
      expect(run(source(), ["seed-demo", "--no-register"]).status).toBe(0);

      const dumped = run(source(), ["db", "dump", dump()]);
      expect(dumped.stderr).toBe("");
      expect(dumped.status).toBe(0);
      expect(dumped.stdout).toContain(`Gemt: ${dump()}`);
      expect(existsSync(join(source(), "udsyn.lock"))).toBe(false);

      const restored = run(target(), ["db", "restore", dump()]);
      expect(restored.stderr).toBe("");
      expect(restored.status).toBe(0);
      expect(restored.stdout).toContain(`Gendannet: ${target()}`);
      // The dump was taken under the dumping process's lock; the restored folder must not carry it.
      expect(existsSync(join(target(), "udsyn.lock"))).toBe(false);

      const rounds = run(target(), ["rounds", "list"]);
      expect(rounds.status).toBe(0);
      expect(rounds.stdout).toMatch(/SUD\s*│\s*2010/);
      expect(usernames(target())).toEqual(["anna"]);
    },
    SLOW,
  );

  it(
    "refuses a folder that is not empty, and with --force moves its content aside instead of deleting it",
    () => {
      const later = run(target(), ["users", "add", "--username", "bo", "--role", "committee"]);
      expect(later.status).toBe(0);

      const refused = run(target(), ["db", "restore", dump()]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`Mappen ${target()} er ikke tom`);
      expect(refused.stderr).toContain("--force");

      const forced = run(target(), ["db", "restore", "--force", dump()]);
      expect(forced.status).toBe(0);
      const aside = readdirSync(dir).find((name) => name.startsWith("restored.inden-gendannelse-"));
      expect(aside).toBeDefined();
      expect(usernames(target())).toEqual(["anna"]);
      expect(usernames(join(dir, aside ?? ""))).toEqual(["anna", "bo"]);
    },
    SLOW,
  );

  it(
    "refuses to restore into a folder whose lock is held, and leaves it as it was",
    () => {
      const before = readdirSync(dir).sort();
      writeLock(target(), { pid: process.pid, command: "udsyn serve" });
      try {
        const refused = run(target(), ["db", "restore", "--force", dump()]);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(`er i brug af \`udsyn serve\` (pid ${process.pid}`);
        expect(refused.stderr).toContain("stop `udsyn serve` først");
        expect(readdirSync(dir).sort()).toEqual(before);
      } finally {
        rmSync(join(target(), "udsyn.lock"));
      }
    },
    SLOW,
  );

  it(
    "refuses a file that is not a dump before touching the folder",
    () => {
      const notADump = join(dir, "notes.txt");
      writeFileSync(notADump, "ikke en database\n");
      const refused = run(join(dir, "never"), ["db", "restore", notADump]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`${notADump} er ikke en dump af en indlejret udsyn-database`);
      expect(existsSync(join(dir, "never"))).toBe(false);
    },
    SLOW,
  );

  it("prints PostgreSQL's own commands for DATABASE_URL, with exit code 2, without connecting", () => {
    const env = { ...embeddedEnv(), DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    const dumpHint = run(join(dir, "unused"), ["db", "dump", "backup.dump"], env);
    expect(dumpHint.status).toBe(2);
    expect(dumpHint.stderr).toContain('pg_dump -Fc --no-owner --dbname="$DATABASE_URL" --file=backup.dump');
    const restoreHint = run(join(dir, "unused"), ["db", "restore", "backup.dump"], env);
    expect(restoreHint.status).toBe(2);
    expect(restoreHint.stderr).toContain(
      'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" backup.dump',
    );
  });
});
