/**
 * An open-loop load at a fixed rate: one request every 1/rate seconds, each sent on its schedule
 * whether or not earlier ones have been answered, its latency counted from when it was due (so a
 * stalled server is charged for the requests that waited behind it: no coordinated omission).
 *
 * Why not autocannon's `overallRate`: autocannon 9 gives each connection a budget per second and
 * sends it back to back at the start of the second, then idles (lib/httpClient.js, `rate`), so
 * "200 req/s" over 10 connections is ten closed loops at full speed for part of each second: the
 * bare constant route measured 1 ms p50 but 29 ms p99 that way on this machine. A fixed rate is
 * what "p99 at 200 req/s" asks about.
 */
import { spawn } from "node:child_process";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import * as hdr from "hdr-histogram-js";

export interface PacedLoadOptions {
  readonly url: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Requests per second. */
  readonly rate: number;
  readonly seconds: number;
}

export interface PacedLoadResult {
  /** Answers per second over the run. */
  readonly achieved: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  readonly errors: number;
  /** How late the client itself sent, p99 in ms (its timer and event loop): the floor of the figures. */
  readonly sendLagP99: number;
}

export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const { url, method = "GET", headers = {}, body, rate, seconds } = options;
  // Microseconds, 1 µs to 60 s, 3 significant digits.
  const latency = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  const lag = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  // Enough sockets that requests never wait for one unless the server is that far behind.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const payload = body === undefined ? undefined : Buffer.from(body);
  const requestHeaders =
    payload === undefined ? headers : { ...headers, "content-length": String(payload.length) };
  let non2xx = 0;
  let errors = 0;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const inFlight: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((done) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method,
          headers: requestHeaders,
        },
        (response) => {
          if (response.statusCode === undefined || response.statusCode < 200 || response.statusCode > 299)
            non2xx += 1;
          response.resume();
          response.on("end", () => {
            latency.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
            done();
          });
        },
      );
      request.on("error", () => {
        errors += 1;
        done();
      });
      request.end(payload);
    });
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    // A timer fires up to ~1 ms late; that lateness is charged to the request (and shown as sendLag).
    if (wait > 0) await sleep(wait);
    lag.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  const ms = (us: number) => Math.round(us / 100) / 10;
  const result = {
    achieved: (total - errors) / elapsed,
    p50: ms(latency.getValueAtPercentile(50)),
    p90: ms(latency.getValueAtPercentile(90)),
    p99: ms(latency.getValueAtPercentile(99)),
    max: ms(latency.maxValue),
    non2xx,
    errors,
    sendLagP99: ms(lag.getValueAtPercentile(99)),
  };
  latency.destroy();
  lag.destroy();
  return result;
}

/**
 * The same load from a process of its own: the benchmark process holds the national facts and
 * DuckDB, and its garbage collections would stall the generator's sends and its reading of
 * answers, charging the server for the client's pauses.
 */
export async function pacedLoadProcess(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const child = spawn(process.execPath, ["--import", "tsx", import.meta.filename], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  child.stdin.end(JSON.stringify(options));
  let out = "";
  for await (const chunk of child.stdout) out += String(chunk);
  const code = await new Promise<number | null>((done) =>
    child.exitCode === null ? child.once("exit", done) : done(child.exitCode),
  );
  if (code !== 0) throw new Error(`paced load exited ${code}`);
  return JSON.parse(out) as PacedLoadResult;
}

// Run as a script: the options as JSON on standard input, the result as JSON on standard output.
if (process.argv[1] === import.meta.filename) {
  let input = "";
  for await (const chunk of process.stdin) input += String(chunk);
  process.stdout.write(`${JSON.stringify(await pacedLoad(JSON.parse(input) as PacedLoadOptions))}\n`);
}
