/**
 * A/B of B3's bounded-rate target (POST /api/letting/decisions at a fixed 200 req/s) between
 * checkouts: each round starts one checkout's built server (`node DIR/bin/udsyn.js serve`, after
 * `npm run build:server` there) on a fresh database, as bench/api-load.ts does, drives it with a
 * paced load (bench/paced-load.ts) as B3's `decisionsAt200` does, and samples pg_stat_activity's
 * wait events of the server's connections every 20 ms. Rounds interleave the checkouts (other work
 * loads the machine).
 *   npx tsx bench/ab-decisions.ts [--seconds 20] [--rounds 3] LABEL=DIR LABEL=DIR …
 * A label ending in `+async` runs its database with synchronous_commit off: a diagnosis only (is
 * the commit's WAL flush what bounds the latency?), never a setting for udsyn's records.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { startServers } from "./api-load.ts";
import { pacedLoadProcess } from "./paced-load.ts";

const PG = process.env.BENCH_PG ?? "postgres://postgres@127.0.0.1:5432";
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const SECONDS = option("--seconds", 20);
const ROUNDS = option("--rounds", 3);
const sides = args
  .filter((a) => a.includes("="))
  .map((a) => {
    const [label, dir] = a.split("=") as [string, string];
    return { label, dir: resolve(dir) };
  });
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

async function admin(query: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${PG}/postgres` });
  await client.connect();
  await client.query(query);
  await client.end();
}

interface Round {
  label: string;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  /** p99 of the bare constant route at 200 req/s in the same round. */
  bareP99: number;
  waits: Record<string, number>;
  samples: number;
}

async function round(side: { label: string; dir: string }, n: number): Promise<Round> {
  const name = `udsyn_ab_${process.pid}_${n}`;
  await admin(`create database ${name}`);
  if (side.label.endsWith("+async")) await admin(`alter database ${name} set synchronous_commit = off`);
  const work = mkdtempSync(join(tmpdir(), "udsyn-ab-"));
  const children: ChildProcess[] = [];
  try {
    const { base, bareUrl, headers, decision } = await startServers(
      side.dir,
      `${PG}/${name}`,
      work,
      children,
    );
    const url = `${base}/api/letting/decisions`;
    // Warm-up: JIT, pool connections, plans.
    await pacedLoadProcess({ url, method: "POST", headers, body: decision, rate: 200, seconds: 3 });
    const sampler = new pg.Client({ connectionString: `${PG}/${name}` });
    await sampler.connect();
    const waits: Record<string, number> = {};
    let samples = 0;
    let sampling = true;
    const sampling$ = (async () => {
      while (sampling) {
        const { rows } = await sampler.query<{ w: string }>(
          `select case when state = 'active' then coalesce(wait_event_type || ':' || wait_event, 'CPU')
             else state end as w
           from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'`,
        );
        samples += 1;
        for (const r of rows) waits[r.w] = (waits[r.w] ?? 0) + 1;
        await new Promise((ok) => setTimeout(ok, 20));
      }
    })();
    const result = await pacedLoadProcess({
      url,
      method: "POST",
      headers,
      body: decision,
      rate: 200,
      seconds: SECONDS,
    });
    sampling = false;
    await sampling$;
    await sampler.end();
    // The machine's floor in the same round: the bare Fastify route at the same rate.
    const bare = await pacedLoadProcess({ url: bareUrl, rate: 200, seconds: 5 });
    return {
      label: side.label,
      p50: result.p50,
      p99: result.p99,
      rps: result.achieved,
      non2xx: result.non2xx + result.errors,
      bareP99: bare.p99,
      waits,
      samples,
    };
  } finally {
    for (const child of children) {
      child.kill("SIGTERM");
      await new Promise((ok) => child.once("exit", ok));
    }
    rmSync(work, { recursive: true, force: true });
    await admin(`drop database if exists ${name} with (force)`);
  }
}

const results: Round[] = [];
let n = 0;
for (let r = 0; r < ROUNDS; r += 1) {
  for (const side of sides) {
    n += 1;
    const one = await round(side, n);
    results.push(one);
    const top = Object.entries(one.waits)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 5)
      .map(([w, c]) => `${w} ${(c / one.samples).toFixed(2)}`)
      .join(", ");
    log(
      `${one.label} round ${r + 1}: p50 ${one.p50} ms, p99 ${one.p99} ms, ${one.rps.toFixed(1)} req/s, ${one.non2xx} non-2xx, bare route p99 ${one.bareP99} ms; active backends per sample: ${top}`,
    );
  }
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
for (const side of sides) {
  const mine = results.filter((r) => r.label === side.label);
  const fig = (f: (r: Round) => number) =>
    `${median(mine.map(f))} (${Math.min(...mine.map(f))}–${Math.max(...mine.map(f))})`;
  process.stdout.write(
    `${side.label}: p50 ${fig((r) => r.p50)} ms, p99 ${fig((r) => r.p99)} ms, req/s ${fig((r) => Math.round(r.rps))}, bare p99 ${fig((r) => r.bareP99)} ms\n`,
  );
}
process.stdout.write(`${JSON.stringify(results)}\n`);
