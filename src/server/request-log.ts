import { type FastifyReply, type FastifyRequest, LogController } from "fastify";

/**
 * One log line per request, when it is answered: method, path, status and time taken (ms). Fastify
 * writes two by default ("incoming request" with the request serialised: method, url, host,
 * remote address and port; then "request completed" with the reply serialised), which cost a
 * fifth of a stored decision's CPU time (bench/summary.md, B3); the incoming line adds nothing the
 * completed one does not say. The request id (`reqId`) is on the line as before, and Fastify's
 * other lines (errors, 404s) stay.
 */
export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, "request errored");
    else reply.log.info(line, "request completed");
  }
}
