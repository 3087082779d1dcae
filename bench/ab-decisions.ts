/**
 * A/B of B3's bounded-rate target (POST /api/letting/decisions at a fixed 200 req/s) between
 * checkouts: each round starts one checkout's bench/serve.ts on a fresh database, drives it with
 * autocannon as bench/run.ts's `decisionsAt200` does, and samples pg_stat_activity's wait events
 * of the server's connections every 20 ms. Rounds interleave the checkouts (other work loads the
 * machine).
 *   npx tsx bench/ab-decisions.ts [--seconds 20] [--rounds 3] LABEL=DIR LABEL=DIR …
 * A label ending in `+async` runs its database with synchronous_commit off: a diagnosis only (is
 * the commit's WAL flush what bounds the latency?), never a setting for udsyn's records.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import autocannon from "autocannon";
import pg from "pg";

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
  const server = spawn(process.execPath, ["--import", "tsx", resolve(side.dir, "bench/serve.ts")], {
    cwd: side.dir,
    env: { ...process.env, DATABASE_URL: `${PG}/${name}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  try {
    const ports = await new Promise<{ udsyn: number; bare: number }>((ok, fail) => {
      let buffer = "";
      server.stdout?.on("data", (chunk) => {
        buffer += String(chunk);
        const line = buffer.split("\n")[0];
        if (buffer.includes("\n") && line) ok(JSON.parse(line));
      });
      server.on("exit", (code) => fail(new Error(`serve.ts exited ${code}`)));
    });
    const base = `http://127.0.0.1:${ports.udsyn}`;
    const login = await fetch(`${base}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "bench", password: "bench-adgangskode-1" }),
    });
    const cookie = /udsyn_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
    const decision = readFileSync(resolve(side.dir, "data/demo/applications/afvisning.json"), "utf8");
    const url = `${base}/api/letting/decisions`;
    // Warm-up: JIT, pool connections, plans.
    await autocannon({
      url,
      method: "POST",
      headers,
      body: decision,
      connections: 10,
      overallRate: 200,
      duration: 3,
    });
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
    const result = await autocannon({
      url,
      method: "POST",
      headers,
      body: decision,
      connections: 10,
      overallRate: 200,
      duration: SECONDS,
    });
    sampling = false;
    await sampling$;
    await sampler.end();
    // The machine's floor in the same round: serve.ts's bare Fastify route at the same rate.
    const bare = await autocannon({
      url: `http://127.0.0.1:${ports.bare}/constant`,
      connections: 10,
      overallRate: 200,
      duration: 5,
    });
    return {
      label: side.label,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
      non2xx: result.non2xx,
      bareP99: bare.latency.p99,
      waits,
      samples,
    };
  } finally {
    server.kill("SIGTERM");
    await new Promise((ok) => server.once("exit", ok));
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
