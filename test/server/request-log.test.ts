import { Writable } from "node:stream";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RequestLog } from "../../src/server/request-log.ts";

/**
 * One log line per request (src/server/request-log.ts): Fastify's default writes two, with the
 * request's and reply's serialised objects, and the pair cost a fifth of a stored decision's CPU.
 */
describe("the request log", () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const app = Fastify({
    logger: { level: "info", stream },
    logController: new RequestLog(),
    requestIdHeader: "x-request-id",
  });

  beforeAll(async () => {
    app.get("/api/ping", async () => ({ ok: true }));
    app.get("/api/broken", async () => {
      throw new Error("broken on purpose");
    });
    await app.ready();
  });
  afterAll(async () => app.close());

  const linesOf = (reqId: string) => lines.filter((l) => l.reqId === reqId);

  it("writes one line when a request is answered: method, path, status, time; no headers", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/ping?x=1",
      headers: { cookie: "udsyn_session=hemmelig", "x-request-id": "req-ping" },
    });
    expect(response.statusCode).toBe(200);
    const mine = linesOf("req-ping");
    expect(mine).toHaveLength(1);
    const [line] = mine as [Record<string, unknown>];
    expect(line).toMatchObject({
      level: 30,
      msg: "request completed",
      method: "GET",
      url: "/api/ping?x=1",
      statusCode: 200,
    });
    expect(typeof line.responseTime).toBe("number");
    expect(line).not.toHaveProperty("req");
    expect(line).not.toHaveProperty("res");
    expect(JSON.stringify(lines)).not.toContain("hemmelig");
    expect(lines.some((l) => l.msg === "incoming request")).toBe(false);
  });

  it("keeps Fastify's own error line and still ends with the one completed line", async () => {
    const response = await app.inject({
      method: "GET",
      url: "/api/broken",
      headers: { "x-request-id": "req-err" },
    });
    expect(response.statusCode).toBe(500);
    const mine = linesOf("req-err");
    expect(mine.some((l) => l.level === 50 && JSON.stringify(l.err).includes("broken on purpose"))).toBe(
      true,
    );
    expect(mine.filter((l) => l.msg === "request completed")).toEqual([
      expect.objectContaining({ method: "GET", url: "/api/broken", statusCode: 500 }),
    ]);
  });
});
