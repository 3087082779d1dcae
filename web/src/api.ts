/**
 * The one way the web app talks to the API: an openapi-fetch client typed by the API's paths, the
 * session cookie, the CSRF header, one error shape.
 */
import createClient, {
  type ClientPathsWithMethod,
  type MaybeOptionalInit,
  type Middleware,
} from "openapi-fetch";
import type { Answer, ApiErrorBody, ApiIssue, ApiPaths } from "./api-types.ts";

export type { ApiIssue };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ApiIssue[],
  ) {
    super(message);
  }
}

let csrfToken: string | undefined;
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** The API refuses a state-changing request without the session's CSRF token; reads need none. */
const csrfHeader: Middleware = {
  onRequest({ request }) {
    if (request.method !== "GET" && csrfToken !== undefined) request.headers.set("x-csrf-token", csrfToken);
    return request;
  },
};

/**
 * The API writes its messages (validation, errors) in the language the UI shows, which i18n keeps
 * on `<html lang>`; the browser's own Accept-Language is the operating system's, not the user's choice.
 */
const uiLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set("accept-language", document.documentElement.lang === "en" ? "en" : "da");
    return request;
  },
};

/**
 * A 401 on any call but the login itself and the first "who am I" means the session ended (expired,
 * or logged off elsewhere): the listener (the auth state) sends the user to log in again.
 */
let sessionEnded: (() => void) | undefined;
export function onSessionEnded(listener: (() => void) | undefined): void {
  sessionEnded = listener;
}
const SESSION_PATHS: readonly string[] = ["/api/login", "/api/me"];

/** Paths are the API's (`/api/...`, same origin), so the HTTP-only session cookie goes along. */
const client = createClient<ApiPaths>({ credentials: "same-origin" });
client.use(csrfHeader, uiLanguage);

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const { error } = body;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

type Method = "get" | "post" | "put";
type PathWith<M extends Method> = ClientPathsWithMethod<typeof client, M>;
type Init<P extends keyof ApiPaths, M extends Method> = MaybeOptionalInit<ApiPaths[P], M>;
/** `init` (path and query parameters, body) may be left out when the route requires none. */
export type InitArgument<P extends keyof ApiPaths, M extends Method> =
  undefined extends Init<P, M> ? [init?: Init<P, M>] : [init: Init<P, M>];

/** The client as openapi-fetch runs it, without its types (they are given by `call` below). */
const untyped = client as unknown as {
  request(
    method: Method,
    path: string,
    init: unknown,
  ): Promise<{ readonly data?: unknown; readonly error?: unknown; readonly response: Response }>;
};

/**
 * One method of the API: the parameters and body are checked by openapi-fetch's types, the answer
 * is typed by `Answer` (openapi-fetch's own answer type loses readonly arrays, which the policy
 * answers are full of). A refusal throws an ApiError with the API's `{error: {code, message,
 * details}}`; a body of another shape (e.g. from a proxy) keeps the HTTP status text as its message.
 */
function call<M extends Method>(method: M) {
  return async <P extends PathWith<M>>(path: P, ...[init]: InitArgument<P, M>): Promise<Answer<P, M>> => {
    const { data, error, response } = await untyped.request(method, path, init);
    // An empty answer (204) has no data; the routes that give one are typed so the caller reads nothing.
    if (response.ok) return data as Answer<P, M>;
    if (response.status === 401 && !SESSION_PATHS.includes(path)) sessionEnded?.();
    const body = isErrorBody(error) ? error.error : undefined;
    throw new ApiError(
      response.status,
      body?.code ?? "http_error",
      body?.message ?? response.statusText,
      body?.details ?? [],
    );
  };
}

/** `await api.POST("/api/letting/decisions", { body })` answers the decision, typed from the API's paths. */
export const api = { GET: call("get"), POST: call("post"), PUT: call("put") };
