import { relative, sep } from "node:path";
import fastifyCompress from "@fastify/compress";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import helmet from "helmet";

/**
 * The headers every answer carries: what the browser may load and run (CSP), that nothing may
 * frame udsyn, no referrer, no MIME sniffing, HSTS over TLS; and how long a response may be kept.
 */

/**
 * What the built web app needs and nothing more: Vite emits one module script and one stylesheet
 * under /assets/ (no inline script), DKFDS's fonts are files under /assets/ and its icons are
 * `data:` SVGs inside the stylesheet (hence `img-src data:`). React's `style={…}` props are set
 * through the CSSOM, which `style-src` does not govern, so styles need no 'unsafe-inline'.
 */
export const APP_CSP_DIRECTIVES = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
} as const;

/**
 * The committee report opened in the browser (`report.html?inline=1`) is one self-contained
 * document: its stylesheet is inline by design (it must also work saved or mailed), its charts are
 * inline SVG. It runs no script at all, so inline styles there cannot become script injection;
 * `sandbox` gives it an opaque origin besides, so it cannot reach the API with the session.
 */
export const DOCUMENT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** One year: long enough for browsers' preload rules; only ever sent over TLS. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** Hashed file names under /assets/ never change content: cache them for a year, never revalidate. */
export const IMMUTABLE_ASSET = "public, max-age=31536000, immutable";
/** index.html names the current hashed assets, so the browser must ask again each time (304 when unchanged). */
export const REVALIDATE = "no-cache";
/**
 * Every API answer: decisions, relocation grants, users and audit rows name persons, and an answer
 * kept in a shared or browser cache outlives the session. The few public answers (health, the
 * OpenAPI document) lose nothing by not being cached either, so the rule has no exceptions.
 */
export const API_CACHE = "no-store";

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  // helmet's middleware is built once here: @fastify/helmet built a new one, CSP string and all,
  // on every request (~2.6 % of a GET /api/me under load). The headers do not vary by request.
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    // Sent by the hook below, and only when the request came over TLS (see there).
    strictTransportSecurity: false,
    // The old header for browsers without frame-ancestors, saying the same.
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
  });
  app.addHook("onRequest", (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    );
  });

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    // Behind the proxy on 127.0.0.1 (trustProxy) `protocol` is its X-Forwarded-Proto; from anyone
    // else the header is ignored. HSTS over plain HTTP would be meaningless, and on a test or
    // intranet host without TLS it would lock browsers out for a year.
    if (request.protocol === "https") reply.header("strict-transport-security", HSTS);
  });

  app.addHook("onSend", async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApi(request.url) && !reply.hasHeader("cache-control")) reply.header("cache-control", API_CACHE);
  });
}

function isApi(url: string): boolean {
  return url === "/api" || url.startsWith("/api/") || url.startsWith("/api?");
}

/**
 * gzip and brotli for every compressible answer (JSON, HTML, JS, CSS, CSV) over 1 KB.
 * Request bodies are not decompressed: the API takes none compressed, and an inflating body
 * is one more way to make the server do work the body limit does not see.
 * Answers carrying the CSRF token (login, /api/me) are smaller than the threshold, and the
 * session cookie is SameSite=Strict, so a cross-site page cannot make a browser fetch them to
 * measure compressed sizes (BREACH).
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ["br", "gzip"],
    threshold: 1024,
  });
}

/** `setHeaders` for @fastify/static: cache policy by whether the file name is content-hashed. */
export function staticCacheHeaders(webRoot: string): (reply: FastifyReply, path: string) => void {
  return (reply, path) => {
    const inAssets = relative(webRoot, path).split(sep)[0] === "assets";
    reply.header("cache-control", inAssets ? IMMUTABLE_ASSET : REVALIDATE);
  };
}
