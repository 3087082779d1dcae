/**
 * B3: udsyn's API under load, as users run it (`node bin/udsyn.js serve` from the build, its
 * request log written to a file as a service's journal would take it), against a bare Fastify
 * route returning a constant in a process of its own. autocannon drives both from the benchmark
 * process over loopback. Both servers are their own processes so neither shares the other's event
 * loop or garbage collector; all three share the machine's cores, as a server shares them with its
 * clients' load generator in any loopback benchmark.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { fixed, rssOf, run } from "./measure.ts";
import { type PacedLoadResult, pacedLoadProcess } from "./paced-load.ts";

const ROOT = resolve(import.meta.dirname, "..");
const USER = { username: "bench", password: "bench-adgangskode-1" };

export interface ApiLoadOptions {
  readonly databaseUrl: string;
  /** Where the servers' logs go. */
  readonly work: string;
  /** Seconds per route. */
  readonly loadSeconds: number;
  /** Seconds of the sustained run at 200 req/s (memory flat over time). */
  readonly sustainedSeconds: number;
  /** Children to kill if the benchmark dies. */
  readonly children: ChildProcess[];
  readonly log: (line: string) => void;
}

export interface ApiLoad {
  /** The section of RESULTS.md. */
  readonly lines: readonly string[];
  /** What the server sent the web's entry script as (B4). */
  readonly servedEncoding: string;
  readonly entry: string | undefined;
}

/** Starts a child and waits for the first stdout line matching `pattern`; its output goes to `logFile`. */
async function startServer(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  logFile: string,
  pattern: RegExp,
  children: ChildProcess[],
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const fd = openSync(logFile, "w");
  const child = spawn(process.execPath, args, { env, cwd, stdio: ["ignore", fd, "inherit"] });
  closeSync(fd);
  children.push(child);
  let exited: number | null | undefined;
  child.on("exit", (code) => {
    exited = code;
  });
  for (let waited = 0; waited < 60_000; waited += 50) {
    const match = pattern.exec(readFileSync(logFile, "utf8"));
    if (match) return { child, match };
    if (exited !== undefined) throw new Error(`${args.join(" ")} exited ${exited}: see ${logFile}`);
    await sleep(50);
  }
  throw new Error(`${args.join(" ")} did not start in 60 s: see ${logFile}`);
}

const BARE_SERVER = `
const app = require("fastify")();
app.get("/constant", async () => ({ ok: true }));
app.listen({ port: 0, host: "127.0.0.1" }).then(() => console.log("bare " + app.server.address().port));
process.on("SIGTERM", () => app.close().then(() => process.exit(0)));
`;

/** udsyn and the bare route, started, with a logged-in caseworker's headers and a decision body. */
export interface Servers {
  readonly server: ChildProcess;
  readonly bareServer: ChildProcess;
  readonly base: string;
  readonly bareUrl: string;
  readonly headers: Record<string, string>;
  readonly decision: string;
}

/**
 * Prepares `databaseUrl` (an empty or migrated database) with the checkout in `dir`'s own CLI
 * (migrate, the demo data without the register extract, a caseworker) and starts that checkout's
 * built server on it, and the bare route. The checkout must be built (`npm run build:server`):
 * bin/udsyn.js falls back to tsx when build/ is older than src/, which is not what users run.
 */
export async function startServers(
  dir: string,
  databaseUrl: string,
  work: string,
  children: ChildProcess[],
): Promise<Servers> {
  const udsyn = resolve(dir, "bin/udsyn.js");
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  run("node", [udsyn, "db", "migrate"], env);
  run("node", [udsyn, "seed-demo", "--no-register"], env);
  run(
    "node",
    [udsyn, "users", "add", "--username", USER.username, "--role", "caseworker", "--password", USER.password],
    env,
  );
  const { child: server, match } = await startServer(
    [udsyn, "serve", "--port", "0"],
    env,
    dir,
    join(work, "serve.log"),
    /udsyn kører på (http:\/\/\S+)/,
    children,
  );
  const base = match[1] as string;
  const { child: bareServer, match: bareMatch } = await startServer(
    ["-e", BARE_SERVER],
    process.env,
    dir,
    join(work, "bare.log"),
    /bare (\d+)/,
    children,
  );
  const loginResponse = await fetch(`${base}/api/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(USER),
  });
  const cookie = /udsyn_session=[^;]+/.exec(loginResponse.headers.get("set-cookie") ?? "")?.[0] ?? "";
  const { csrfToken } = (await loginResponse.json()) as { csrfToken: string };
  const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
  const decision = readFileSync(resolve(dir, "data/demo/applications/afvisning.json"), "utf8");
  const probe = await fetch(`${base}/api/letting/decisions`, { method: "POST", headers, body: decision });
  if (probe.status !== 201 && probe.status !== 200)
    throw new Error(`decision body refused: ${probe.status} ${await probe.text()}`);
  return {
    server,
    bareServer,
    base,
    bareUrl: `http://127.0.0.1:${bareMatch[1]}/constant`,
    headers,
    decision,
  };
}

export async function apiLoad(options: ApiLoadOptions): Promise<ApiLoad> {
  const { databaseUrl, work, loadSeconds, sustainedSeconds, children, log } = options;
  const { server, bareServer, base, bareUrl, headers, decision } = await startServers(
    ROOT,
    databaseUrl,
    work,
    children,
  );
  const routes = [
    { what: "bare Fastify GET /constant (baseline)", url: bareUrl, method: "GET" },
    {
      what: "POST /api/letting/decisions",
      url: `${base}/api/letting/decisions`,
      method: "POST",
      body: decision,
    },
    {
      what: "GET /api/letting/decisions",
      url: `${base}/api/letting/decisions?kind=combined_letting`,
      method: "GET",
    },
    {
      what: "GET /api/areas/classification",
      url: `${base}/api/areas/classification?date=2010-01-01`,
      method: "GET",
    },
    { what: "GET /api/me", url: `${base}/api/me`, method: "GET" },
  ] as const;
  const serverPid = server.pid as number;
  const rssBefore = rssOf(serverPid);
  const load = new Map<string, autocannon.Result>();
  for (const r of routes) {
    const result = await autocannon({
      url: r.url,
      method: r.method,
      headers,
      ...("body" in r ? { body: r.body } : {}),
      connections: 10,
      duration: loadSeconds,
    });
    load.set(r.what, result);
    log(
      `${r.what}: ${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx`,
    );
  }
  /**
   * The bounded-rate target: the decision route at a fixed 200 req/s, paced (bench/paced-load.ts);
   * the bare route paced the same way is the floor of this machine and load generator. autocannon's
   * own `overallRate` (bursts at the start of each second) is kept beside it for comparison with
   * earlier runs.
   */
  const decisionsAt200 = (seconds: number) =>
    pacedLoadProcess({ url: routes[1].url, method: "POST", headers, body: decision, rate: 200, seconds });
  const bounded = await decisionsAt200(loadSeconds);
  log(`POST decisions paced at 200 req/s: p50 ${bounded.p50} ms, p99 ${bounded.p99} ms`);
  const bareBounded = await pacedLoadProcess({ url: bareUrl, rate: 200, seconds: loadSeconds });
  const bursts = await autocannon({
    url: routes[1].url,
    method: "POST",
    headers,
    body: decision,
    connections: 10,
    overallRate: 200,
    duration: loadSeconds,
  });
  const rssAfter = rssOf(serverPid);
  // Memory flat over a sustained run: the decision route at the bounded rate, RSS sampled every 10 s.
  log(`B3 sustained: POST decisions at 200 req/s for ${sustainedSeconds} s`);
  const rssSamples: { second: number; mb: number }[] = [{ second: 0, mb: rssOf(serverPid) }];
  const sustainedStart = Date.now();
  const sampler = setInterval(() => {
    rssSamples.push({ second: Math.round((Date.now() - sustainedStart) / 1000), mb: rssOf(serverPid) });
  }, 10_000);
  const sustained = await decisionsAt200(sustainedSeconds);
  clearInterval(sampler);
  rssSamples.push({ second: sustainedSeconds, mb: rssOf(serverPid) });
  const rssAt = (second: number) =>
    rssSamples.reduce((best, s) => (Math.abs(s.second - second) < Math.abs(best.second - second) ? s : best));
  const firstMinute = rssAt(Math.min(60, sustainedSeconds / 2));
  const lastHalf = rssSamples.filter((s) => s.second >= sustainedSeconds / 2).map((s) => s.mb);
  const bareRps = (load.get(routes[0].what) as autocannon.Result).requests.average;

  const webProbe = await fetch(`${base}/`, { headers: { "accept-encoding": "gzip, br" } });
  const entry = /src="(\/assets\/[^"]+\.js)"/.exec(await webProbe.text())?.[1];
  const jsProbe = entry
    ? await fetch(`${base}${entry}`, { headers: { "accept-encoding": "gzip, br" } })
    : undefined;
  const servedEncoding = jsProbe?.headers.get("content-encoding") ?? "none";
  server.kill("SIGTERM");
  bareServer.kill("SIGTERM");
  const lines = [
    "## B3 API under load",
    "",
    `udsyn as users run it: \`node bin/udsyn.js serve\` from the build, on PostgreSQL (\`udsyn seed-demo --no-register\`, a logged-in caseworker), its request log (pino, level info) written to a file; the baseline is a bare Fastify route returning a constant, in a process of its own. autocannon drives them from the benchmark process over loopback, 10 connections, ${loadSeconds} s per route (one run each, not 5: a load run is itself thousands of requests). Non-2xx answers are counted (must be 0).`,
    "",
    "| route | req/s | p50 | p99 | non-2xx | throughput ÷ bare |",
    "|---|---|---|---|---|---|",
    ...routes.map((r) => {
      const result = load.get(r.what) as autocannon.Result;
      return `| ${r.what} | ${Math.round(result.requests.average)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.non2xx} | ${fixed(result.requests.average / bareRps)}× |`;
    }),
    "",
    `At a fixed rate: one request every 5 ms, sent on time whether or not earlier ones were answered, latency counted from when it was due, by a load generator in a process of its own (bench/paced-load.ts), ${loadSeconds} s. "client lag" is how late the load generator itself sent (its timers on this shared machine): the floor under every figure.`,
    "",
    "| route at 200 req/s | achieved | p50 | p90 | p99 | max | non-2xx | client lag p99 |",
    "|---|---|---|---|---|---|---|---|",
    pacedRow("POST /api/letting/decisions, paced", bounded),
    pacedRow("bare Fastify GET /constant, paced (floor)", bareBounded),
    `| POST /api/letting/decisions, autocannon \`overallRate\` (bursts: each connection sends its second's share at once) | ${Math.round(bursts.requests.average)} | ${bursts.latency.p50} ms | ${bursts.latency.p90} ms | ${bursts.latency.p99} ms | ${bursts.latency.max} ms | ${bursts.non2xx} | — |`,
    "",
    `Server RSS before the load runs ${rssBefore.toFixed(0)} MB, after ${rssAfter.toFixed(0)} MB (${Math.round((routes.length + 1) * loadSeconds)} s of load).`,
    "",
    `**Sustained** (memory flat over time): POST /api/letting/decisions at a fixed 200 req/s (paced) for ${sustainedSeconds} s: ${Math.round(sustained.achieved)} req/s achieved, p50 ${sustained.p50} ms, p99 ${sustained.p99} ms, ${sustained.non2xx} non-2xx. Server RSS at the start ${rssSamples[0]?.mb.toFixed(0)} MB, after ${firstMinute.second} s ${firstMinute.mb.toFixed(0)} MB, at the end ${rssSamples.at(-1)?.mb.toFixed(0)} MB; over the second half it ranged ${Math.min(...lastHalf).toFixed(0)}–${Math.max(...lastHalf).toFixed(0)} MB (${rssSamples.length} samples, every 10 s). Flat means the second half does not keep rising.`,
    "",
  ];
  return { lines, servedEncoding, entry };
}

function pacedRow(what: string, r: PacedLoadResult): string {
  return `| ${what} | ${Math.round(r.achieved)} | ${r.p50} ms | ${r.p90} ms | ${r.p99} ms | ${r.max} ms | ${r.non2xx + r.errors} | ${r.sendLagP99} ms |`;
}
