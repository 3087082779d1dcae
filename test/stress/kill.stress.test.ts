import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../src/db/database.ts";

/**
 * kill -9 in the middle of an import and of a workflow transition, on both databases: the
 * database afterwards holds the whole batch or none of it, and a status change exactly when
 * its audit row is there. Each run is a real `udsyn` process killed by SIGKILL.
 */
const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const DEMO = resolve(import.meta.dirname, "../../data/demo/area-facts.csv");
/** Kill at these fractions of an undisturbed run of the same command, measured first. */
const KILL_AT = [0.35, 0.55, 0.7, 0.8, 0.9, 0.97];

/** The demo facts copied under 30 new area ids: about 20,000 rows, all valid. */
function bigFactsCsv(path: string): number {
  const [header, ...rows] = readFileSync(DEMO, "utf8").trim().split("\n");
  const out = [header];
  for (let k = 0; k < 30; k++) {
    for (const row of rows) {
      const cols = (row ?? "").split(",");
      cols[1] = `${cols[1]}-s${k}`;
      cols[2] = `${cols[2]} S${k}`;
      cols[4] = `${cols[4]}-s${k}`;
      out.push(cols.join(","));
    }
  }
  writeFileSync(path, `${out.join("\n")}\n`);
  return out.length - 1;
}

interface Target {
  readonly name: string;
  readonly env: NodeJS.ProcessEnv;
  readonly args: readonly string[];
  open(): ReturnType<typeof openDatabase>;
}

const targets = (): Target[] => {
  const dir = mkdtempSync(join(tmpdir(), "udsyn-kill-"));
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const list: Target[] = [
    {
      name: "pglite",
      env,
      args: ["--data", join(dir, "data")],
      open: () => openDatabase({ kind: "pglite", dataDir: join(dir, "data") }),
    },
  ];
  const adminUrl = inject("postgresUrl");
  if (adminUrl !== null) {
    const url = new URL(adminUrl);
    url.pathname = `/udsyn_kill_${process.pid}`;
    list.push({
      name: "postgres",
      env: { ...env, DATABASE_URL: url.toString() },
      args: [],
      open: () => openDatabase({ kind: "postgres", url: url.toString() }),
    });
  }
  return list;
};

describe.each(targets())("kill -9 on $name", (target) => {
  const work = mkdtempSync(join(tmpdir(), "udsyn-kill-work-"));
  const csv = join(work, "big.csv");
  let rows = 0;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [BIN, ...target.args, ...args], { encoding: "utf8", env: target.env });

  beforeAll(async () => {
    if (target.name === "postgres") {
      const admin = new pg.Client({ connectionString: inject("postgresUrl") ?? "" });
      await admin.connect();
      const name = new URL(target.env.DATABASE_URL ?? "").pathname.slice(1);
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      await admin.end();
    }
    rows = bigFactsCsv(csv);
    expect(run("seed-demo", "--no-register").status).toBe(0);
  });
  afterAll(async () => {
    rmSync(work, { recursive: true, force: true });
    if (target.name === "postgres") {
      const admin = new pg.Client({ connectionString: inject("postgresUrl") ?? "" });
      await admin.connect();
      await admin.query(
        `drop database if exists ${new URL(target.env.DATABASE_URL ?? "").pathname.slice(1)} with (force)`,
      );
      await admin.end();
    }
  });

  async function killAfter(ms: number, ...args: string[]): Promise<string> {
    const child = spawn(process.execPath, [BIN, ...target.args, ...args], {
      env: target.env,
      stdio: "ignore",
    });
    const exited = new Promise<string>((done) =>
      child.on("exit", (code, signal) => done(signal ?? `exit ${code}`)),
    );
    await sleep(ms);
    child.kill("SIGKILL");
    return exited;
  }

  /** How long the command takes undisturbed (it runs to the end, and its effect is undone by `undo`). */
  async function duration(args: readonly string[], undo: () => Promise<void>): Promise<number> {
    const started = performance.now();
    const result = run(...args);
    expect(result.status, result.stderr).toBe(0);
    const ms = performance.now() - started;
    await undo();
    return ms;
  }

  const removeImported = async () => {
    const handle = await target.open();
    try {
      await handle.db.deleteFrom("area_fact").where("department_id", "like", "%-s%").execute();
    } finally {
      await handle.close();
    }
  };

  it("an import killed at any moment leaves the whole batch or nothing", async () => {
    const outcomes: string[] = [];
    const full = await duration(["areas", "import", csv], removeImported);
    outcomes.push(`undisturbed ${full.toFixed(0)} ms`);
    for (const ms of KILL_AT.map((f) => Math.round(f * full))) {
      const auditsBefore = await importAudits();
      const how = await killAfter(ms, "areas", "import", csv);
      const handle = await target.open();
      try {
        const [{ n }] = (await handle.db
          .selectFrom("area_fact")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("department_id", "like", "%-s%")
          .execute()) as [{ n: string }];
        const audits =
          (
            await handle.db
              .selectFrom("audit_log")
              .select("id")
              .where("action", "=", "area_fact.import")
              .execute()
          ).length - auditsBefore;
        const stored = Number(n);
        outcomes.push(`${ms} ms: ${how}, ${stored} rows, ${audits} audit rows`);
        expect([0, rows]).toContain(stored);
        // The batch and its audit row commit together or not at all.
        expect(audits).toBe(stored > 0 ? 1 : 0);
        if (stored > 0)
          await handle.db.deleteFrom("area_fact").where("department_id", "like", "%-s%").execute();
      } finally {
        await handle.close();
      }
    }
    process.stdout.write(`kill during import (${target.name}, ${rows} rows): ${outcomes.join("; ")}\n`);
  });

  it("a workflow transition killed at any moment changes the status exactly when it is audited", async () => {
    const outcomes: string[] = [];
    const start = await statusAndAudits();
    const back = start.status === "review" ? "draft" : "review";
    const full = await duration(
      ["rounds", "transition", "--committee", "SUD", "--year", "2010", "--to", back],
      async () => {
        expect(
          run("rounds", "transition", "--committee", "SUD", "--year", "2010", "--to", start.status).status,
        ).toBe(0);
      },
    );
    outcomes.push(`undisturbed ${full.toFixed(0)} ms`);
    for (const ms of KILL_AT.map((f) => Math.round(f * full))) {
      const before = await statusAndAudits();
      const to = before.status === "review" ? "draft" : "review";
      const how = await killAfter(
        ms,
        "rounds",
        "transition",
        "--committee",
        "SUD",
        "--year",
        "2010",
        "--to",
        to,
      );
      const after = await statusAndAudits();
      const changed = after.status !== before.status;
      outcomes.push(`${ms} ms: ${how}, ${before.status} → ${after.status}`);
      expect(changed ? after.status : before.status).toBe(changed ? to : before.status);
      expect(after.audits - before.audits).toBe(changed ? 1 : 0);
    }
    process.stdout.write(`kill during transition (${target.name}): ${outcomes.join("; ")}\n`);
  });

  it("a register import killed at any moment leaves the whole batch with its audit row, or nothing", async () => {
    const synthDir = join(work, "register");
    expect(run("synth", "--persons", "1500", "--seed", "3", "--out", synthDir).status).toBe(0);
    const registerTables = [
      "register_benefit_month",
      "register_person_year",
      "register_residence",
      "register_person",
      "register_household",
      "register_dwelling",
      "register_department",
      "register_area_year",
      "register_area",
    ] as const;
    const state = async () => {
      const handle = await target.open();
      try {
        const batches = await handle.db.selectFrom("import_batch").select(["id", "row_counts"]).execute();
        const rowsPerTable: number[] = [];
        for (const table of registerTables) {
          const [{ n }] = (await handle.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .execute()) as [{ n: string }];
          rowsPerTable.push(Number(n));
        }
        const audits = (
          await handle.db
            .selectFrom("audit_log")
            .select("id")
            .where("action", "=", "register.import")
            .execute()
        ).length;
        return { batches: batches.length, rows: rowsPerTable, audits };
      } finally {
        await handle.close();
      }
    };
    // The owner's connection may delete what the server's role never can: undo a batch between runs.
    const removeBatches = async () => {
      const handle = await target.open();
      try {
        for (const table of registerTables) await handle.db.deleteFrom(table).execute();
        await handle.db.deleteFrom("import_batch").execute();
      } finally {
        await handle.close();
      }
    };
    const outcomes: string[] = [];
    const full = await duration(["import", "--dir", synthDir, "--batch", "kill"], async () => undefined);
    const complete = await state();
    expect(complete.batches).toBe(1);
    await removeBatches();
    outcomes.push(`undisturbed ${full.toFixed(0)} ms`);
    for (const ms of KILL_AT.map((f) => Math.round(f * full))) {
      const before = await state();
      const how = await killAfter(ms, "import", "--dir", synthDir, "--batch", "kill");
      const after = await state();
      const audits = after.audits - before.audits;
      outcomes.push(`${ms} ms: ${how}, ${after.batches} batch, ${audits} audit rows`);
      if (after.batches === 0) {
        expect(after.rows.every((n) => n === 0)).toBe(true);
        expect(audits).toBe(0);
      } else {
        expect(after.rows).toEqual(complete.rows);
        expect(audits).toBe(1);
        await removeBatches();
      }
    }
    process.stdout.write(`kill during register import (${target.name}): ${outcomes.join("; ")}\n`);
  });

  async function importAudits(): Promise<number> {
    const handle = await target.open();
    try {
      return (
        await handle.db
          .selectFrom("audit_log")
          .select("id")
          .where("action", "=", "area_fact.import")
          .execute()
      ).length;
    } finally {
      await handle.close();
    }
  }

  async function statusAndAudits(): Promise<{ status: string; audits: number }> {
    const handle = await target.open();
    try {
      const round = await handle.db
        .selectFrom("reporting_round")
        .select(["status"])
        .where("committee_code", "=", "SUD")
        .where("year", "=", 2010)
        .executeTakeFirstOrThrow();
      const audits = await handle.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "in", ["round.draft", "round.review"])
        .execute();
      return { status: round.status, audits: audits.length };
    } finally {
      await handle.close();
    }
  }
});
