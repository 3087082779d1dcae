import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { DomainError, type ErrorCode, type Issue, issuesIn } from "../domain/errors.ts";
import { formatNumber } from "../domain/format.ts";
import { type Language, languageOf, type Texts } from "../domain/language.ts";
import { isRequestValidationError, issueMessage, type RequestValidationIssue } from "./validation.ts";

/**
 * At most this many issues go into one answer: a file with 50,000 bad rows must not make an
 * answer of 50,000 issues (memory, bandwidth, a browser rendering them). `truncated` says so.
 */
export const MAX_DETAILS = 100;

/** The one shape every error response has. */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z
      .array(
        z.object({
          field: z.string().optional(),
          row: z.number().optional(),
          source: z.string().optional(),
          message: z.string(),
        }),
      )
      .max(MAX_DETAILS),
    /** Present when `details` holds only the first `shown` of `total` issues. */
    truncated: z.object({ shown: z.number().int().min(0), total: z.number().int().min(0) }).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  missing_fact: 422,
  rule_not_in_force: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  immutable: 409,
  rate_limited: 429,
};

/** The message's tail when only the first `shown` of `total` details are sent. */
const SHOWING_FIRST: Record<Language, (shown: number, total: number) => string> = {
  da: (shown, total) => `viser de første ${shown} af ${formatNumber(total)} fejl`,
  en: (shown, total) => `showing the first ${shown} of ${formatNumber(total, 0, "en")} errors`,
};

/** `message` and `details` are in `language`, which also words the note on a shortened list. */
export function sendError(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  details: readonly Issue[] = [],
  language: Language = "da",
): FastifyReply {
  if (details.length <= MAX_DETAILS) return reply.code(status).send({ error: { code, message, details } });
  const total = details.length;
  return reply.code(status).send({
    error: {
      code,
      // Said in the message too, so a client that shows only the list still tells the user.
      message: `${message} (${SHOWING_FIRST[language](MAX_DETAILS, total)})`,
      details: details.slice(0, MAX_DETAILS),
      truncated: { shown: MAX_DETAILS, total },
    },
  });
}

/** A refusal the server words itself (access, login, input guard), in the request's language. */
export function sendRefusal(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  message: Texts,
  details: readonly Issue[] = [],
): FastifyReply {
  const language = requestLanguage(request);
  return sendError(reply, status, code, message[language], issuesIn(details, language), language);
}

function validationDetails(
  validation: readonly RequestValidationIssue[],
  context: string,
  language: Language,
): Issue[] {
  return validation.flatMap((v) => {
    const path = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
    // An unknown field is named by itself, not by its parent object.
    if (v.keyword === "unrecognized_keys" && v.keys !== undefined) {
      return v.keys.map((key) => ({
        field: [context, path, key].filter((s) => s !== "").join("."),
        message: language === "en" ? "unknown field" : "ukendt felt",
      }));
    }
    return [
      {
        field: [context, path].filter((s) => s !== "").join("."),
        message: issueMessage(v.message, language),
      },
    ];
  });
}

/** The language the request asked for (the web client sends the UI's language as Accept-Language). */
export function requestLanguage(request: FastifyRequest): Language {
  return languageOf(request.headers["accept-language"]);
}

const FIELDS_TO_CORRECT: Record<Language, (count: number) => string> = {
  da: (n) => (n === 1 ? "Et felt skal rettes." : `${n} felter skal rettes.`),
  en: (n) => (n === 1 ? "One field needs correcting." : `${n} fields need correcting.`),
};

/** The handler's own messages; a domain error's message comes with the error. */
const HANDLER_TEXTS: Record<
  Language,
  Record<"invalidJson" | "tooLarge" | "mediaType" | "database" | "internal", string>
> = {
  da: {
    invalidJson: "Forespørgslens indhold er ikke gyldig JSON.",
    tooLarge: "Forespørgslens indhold er for stort.",
    mediaType: "Indholdstypen understøttes ikke.",
    database: "En værdi kan ikke gemmes i databasen.",
    internal: "Der opstod en intern fejl. Den er logget.",
  },
  en: {
    invalidJson: "The request's content is not valid JSON.",
    tooLarge: "The request's content is too large.",
    mediaType: "The content type is not supported.",
    database: "A value cannot be stored in the database.",
    internal: "An internal error occurred. It has been logged.",
  },
};

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof DomainError) {
    const language = requestLanguage(request);
    return sendError(
      reply,
      STATUS[error.code],
      error.code,
      error.messageIn(language),
      error.detailsIn(language),
      language,
    );
  }
  if (isRequestValidationError(error)) {
    const language = requestLanguage(request);
    const details = validationDetails(error.validation, error.validationContext ?? "body", language);
    const fields = new Set(details.map((d) => d.field));
    return sendError(
      reply,
      400,
      "invalid_input",
      FIELDS_TO_CORRECT[language](fields.size),
      details,
      language,
    );
  }
  const language = requestLanguage(request);
  const says = HANDLER_TEXTS[language];
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return sendError(reply, 400, "invalid_json", says.invalidJson, [
        { field: "body", message: error.message },
      ]);
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return sendError(reply, 413, "payload_too_large", says.tooLarge);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return sendError(reply, 415, "unsupported_media_type", says.mediaType);
  }
  const dataError = databaseDataError(error, language);
  if (dataError !== undefined) {
    // Input got past validation to the database (a number beyond an integer column, a character
    // PostgreSQL cannot store): the client's value, so a 400; logged, since validation should have said it.
    request.log.warn({ err: error }, "input refused by the database");
    return sendError(reply, 400, "invalid_input", says.database, [dataError]);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendError(reply, status, "bad_request", error.message);
  }
  request.log.error({ err: error }, "unhandled error");
  return sendError(reply, 500, "internal", says.internal);
}

/**
 * PostgreSQL's (and PGlite's) errors carry the SQLSTATE in `code`. Class 22 is "data exception"
 * (out of range, invalid text, bad Unicode escape) and 23514 a CHECK constraint: both are about the
 * value given, not about udsyn or the database being broken.
 */
function databaseDataError(error: unknown, language: Language): Issue | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { code, column } = error as { code?: unknown; column?: unknown };
  if (typeof code !== "string" || !/^(22[0-9A-Z]{3}|23514)$/.test(code)) return undefined;
  if (!("severity" in error)) return undefined;
  const message =
    code === "23514"
      ? { da: "værdien er uden for det tilladte", en: "the value is outside what is allowed" }[language]
      : { da: "ugyldig eller for stor værdi", en: "invalid or too large value" }[language];
  return typeof column === "string" ? { field: column, message } : { message };
}
