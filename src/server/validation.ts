import type { FastifySchemaCompiler } from "fastify";
import { z } from "zod";
import { type $ZodType, safeParse } from "zod/v4/core";
import type { Language } from "../domain/language.ts";
import { danishValidationMessage, inEveryLanguage, issueTexts } from "../domain/validation-messages.ts";

/**
 * Request validation in the user's language. The validator runs before anyone knows how the
 * answer is written, so each issue without a message of its own carries its texts in every language
 * (`inEveryLanguage`); the error handler picks the request's language. A schema's own message
 * (already Danish by the code's rule) is kept.
 */

// Schemas parsed outside a request (use cases, CLI, imports) fall back to Danish too.
z.config({ localeError: danishValidationMessage });

export interface RequestValidationIssue {
  readonly keyword: string;
  readonly instancePath: string;
  readonly message: string;
  readonly keys?: readonly string[];
}

const ISSUE = Symbol.for("udsyn.RequestValidationIssue");

/** Fastify's validator compiler for zod schemas (as fastify-type-provider-zod's, with our messages). */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema }) =>
  (data) => {
    const result = safeParse(schema, data, { error: inEveryLanguage });
    if (result.success) return { value: result.data };
    return {
      error: result.error.issues.map((issue) => ({
        [ISSUE]: true,
        keyword: issue.code,
        instancePath: `/${issue.path.map(String).join("/")}`,
        schemaPath: `#/${issue.path.map(String).join("/")}/${issue.code}`,
        message: issue.message,
        ...(issue.code === "unrecognized_keys" ? { keys: issue.keys } : {}),
      })),
    } as unknown as { error: Error };
  };

export function isRequestValidationError(
  error: unknown,
): error is { validation: RequestValidationIssue[]; validationContext?: string } {
  if (typeof error !== "object" || error === null || !("validation" in error)) return false;
  const { validation } = error;
  return (
    Array.isArray(validation) &&
    validation.length > 0 &&
    typeof validation[0] === "object" &&
    (validation[0] as Record<symbol, unknown>)[ISSUE] === true
  );
}

/** An issue's message in `language`: its texts when zod's defaults were ours, else its own message. */
export function issueMessage(message: string, language: Language): string {
  const texts = issueTexts(message);
  return language === "en" ? (texts.en ?? texts.message) : texts.message;
}
