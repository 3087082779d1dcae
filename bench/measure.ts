import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

/** Timings of one figure over interleaved runs; the report gives the median with min–max. */
export class Series {
  readonly values: number[] = [];
  add(value: number): void {
    this.values.push(value);
  }
  get median(): number {
    const sorted = [...this.values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  }
  get min(): number {
    return Math.min(...this.values);
  }
  get max(): number {
    return Math.max(...this.values);
  }
}

/** Named series, created on first use. */
export class Figures {
  readonly #series = new Map<string, Series>();
  get(name: string): Series {
    let series = this.#series.get(name);
    if (!series) {
      series = new Series();
      this.#series.set(name, series);
    }
    return series;
  }
}

/**
 * A young-generation collection, when node runs with --expose-gc (`npm run bench` does), before
 * each in-process timing, so a figure does not pay for the short-lived garbage of the figure
 * before it: the classification timed first in a round was charged the previous round's copying
 * and indexing of the facts (25 ms against 13 ms on its own). Every side of a comparison is timed
 * this way. Not a full collection: that also drops compiled code of functions not run lately, and
 * every figure came out slower (ghetto-list-2010 50 ms against 21).
 */
const collect = (globalThis as { gc?: (options?: { type: "minor" | "major" }) => void }).gc;

export async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  collect?.({ type: "minor" });
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/**
 * The ratio of two series, run by run (they were measured in the same interleaved round),
 * as median (min–max): a slow moment on the shared machine hits both figures of its round.
 */
export function ratio(a: Series, b: Series): string {
  const ratios = new Series();
  for (const [i, v] of a.values.entries()) ratios.add(v / (b.values[i] as number));
  return `${fixed(ratios.median)}× (${fixed(ratios.min)}–${fixed(ratios.max)})`;
}

export function fixed(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

export function spread(s: Series, unit = "ms"): string {
  return `${fixed(s.median)} ${unit} (${fixed(s.min)}–${fixed(s.max)})`;
}

/** A child process under /usr/bin/time: wall ms, peak RSS in MB, and its output. */
export function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  input?: string,
): { ms: number; rssMb: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync("/usr/bin/time", ["-f", "RSSKB=%M", command, ...args], {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    ...(input === undefined ? {} : { input }),
  });
  const ms = performance.now() - start;
  const rss = /RSSKB=(\d+)/.exec(result.stderr ?? "");
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${result.status}):\n${result.stderr?.slice(-2000)}`,
    );
  }
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, stdout: result.stdout };
}

/** Resident memory of a running process, MB. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
}
