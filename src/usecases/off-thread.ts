import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DomainError, type ErrorCode, type Issue } from "../domain/errors.ts";
import type { Texts } from "../domain/language.ts";

/**
 * Runs one exported function of a module on a worker thread and gives back its result. The
 * server has one event loop, and on PGlite the database runs in it too: a parse that takes
 * seconds (a 50,000-row CSV) would stall every other request, the health check included.
 * Only for pure functions of plain data: arguments and result are copied between threads
 * (structured clone), so they may hold bigints but no class instances. A DomainError thrown in the
 * worker is thrown again here as one.
 *
 * The worker loads TypeScript as `bin/udsyn.js` does (tsx, or the compiled build/), so it works
 * the same under the CLI, the server and the tests. It runs at the lowest CPU priority: on a machine with few cores the
 * thread answering requests comes first, and the parse takes what is left.
 */

/**
 * tsx's ESM register API by absolute URL (the worker may start in any working directory), read
 * from tsx's own export map: its CommonJS build cannot register from a worker.
 */
function tsxRegisterUrl(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = exports["./esm/api"]?.import.default;
  if (api === undefined) throw new Error("tsx has no ./esm/api export");
  return pathToFileURL(join(dirname(manifest), api)).href;
}
const TSX_REGISTER = tsxRegisterUrl();

/**
 * Running compiled (build/, see bin/build-server.js), the worker loads plain JavaScript: a module
 * named by its source file (`….ts`) is the `.js` file at its place in build/ (an entry point of the
 * bundle there), and tsx is not registered.
 */
const COMPILED = import.meta.url.endsWith(".js");

/** Rows per message of an array result. */
const RESULT_SLICE = 2_000;

/**
 * CommonJS, as `eval` workers are: register tsx, import the module, call, post the outcome. An
 * array comes back a slice at a time, the next one only when asked for: the receiving thread
 * copies a message in one go and takes every queued message in the same turn, so 50,000 rows
 * sent at once would hold it for hundreds of milliseconds.
 */
const BOOTSTRAP = `
const { parentPort, workerData } = require("node:worker_threads");
const SLICE = ${RESULT_SLICE};
try {
  // Linux: this thread's own id, to lower its priority only (a thread id given to setpriority
  // names that thread); elsewhere the worker keeps the normal priority.
  const tid = Number(require("node:fs").readlinkSync("/proc/thread-self").split("/").pop());
  require("node:os").setPriority(tid, 19);
} catch {}
(workerData.tsx === null ? Promise.resolve() : import(workerData.tsx).then((tsx) => tsx.register()))
  .then(() => import(workerData.module))
  .then((module) => module[workerData.name](...workerData.args))
  .then(
    (result) => {
      if (!Array.isArray(result)) return parentPort.postMessage({ ok: true, result });
      let at = 0;
      const next = () => {
        const slice = result.slice(at, at + SLICE);
        at += SLICE;
        parentPort.postMessage({ ok: true, slice, more: at < result.length });
      };
      parentPort.on("message", next);
      next();
    },
    (error) => parentPort.postMessage({
      ok: false,
      name: error && error.name,
      code: error && error.code,
      message: String((error && error.message) || error),
      texts: error && error.texts,
      details: error && error.details,
    }),
  );
`;

interface Outcome {
  readonly ok: boolean;
  readonly result?: unknown;
  readonly slice?: readonly unknown[];
  readonly more?: boolean;
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  /** A DomainError's message in every language, when it has one. */
  readonly texts?: Texts;
  readonly details?: readonly Issue[];
}

/** A worker's heap is capped: a file that would need more fails there, not in the server. */
const WORKER_HEAP_MB = 1024;

// biome-ignore lint/suspicious/noExplicitAny: any function's parameters and result, typed by F at the call.
export function offThread<F extends (...args: any[]) => unknown>(
  module: URL,
  name: string,
  ...args: Parameters<F>
): Promise<Awaited<ReturnType<F>>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: {
        tsx: COMPILED ? null : TSX_REGISTER,
        module: COMPILED ? module.href.replace(/\.ts$/, ".js") : module.href,
        name,
        args,
      },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    const rows: unknown[] = [];
    worker.on("message", (outcome: Outcome) => {
      if (outcome.slice !== undefined) {
        for (const row of outcome.slice) rows.push(row);
        // Ask for the next slice after a turn of the event loop, so requests are answered in between.
        if (outcome.more) return void setImmediate(() => worker.postMessage("next"));
      }
      settle(() => {
        if (outcome.ok)
          resolve((outcome.slice !== undefined ? rows : outcome.result) as Awaited<ReturnType<F>>);
        else if (outcome.name === "DomainError")
          reject(
            new DomainError(
              outcome.code as ErrorCode,
              outcome.texts ?? outcome.message ?? "",
              outcome.details ?? [],
            ),
          );
        else reject(new Error(outcome.message));
      });
    });
    worker.once("error", (error) => settle(() => reject(error)));
    worker.once("exit", (code) =>
      settle(() => reject(new Error(`Arbejdstråden stoppede uden svar (kode ${code}).`))),
    );
  });
}
