import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Issue } from "../domain/errors.ts";
import type { Texts } from "../domain/language.ts";
import { sendRefusal } from "./errors.ts";

/**
 * Values no route can use, refused before validation with the field they sit in, wherever they
 * sit: PostgreSQL cannot store NUL (U+0000) in text or jsonb (it answered 500), a lone surrogate
 * is not Unicode (the driver would silently store U+FFFD instead), and a JSON number beyond 2^53
 * has already lost digits when parsed. Zod schemas check each field's meaning; this checks what
 * no field may hold.
 */

const NUL = "\u0000";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(text: string): Texts | undefined {
  if (text.includes(NUL))
    return {
      da: "indeholder et NUL-tegn (\\u0000), som ikke kan gemmes",
      en: "contains a NUL character (\\u0000), which cannot be stored",
    };
  if (LONE_SURROGATE.test(text))
    return {
      da: "indeholder et ugyldigt Unicode-tegn (en enlig surrogat)",
      en: "contains an invalid Unicode character (a lone surrogate)",
    };
  return undefined;
}

const TOO_LARGE: Texts = { da: "tallet er for stort", en: "the number is too large" };

function numberProblem(value: number): Texts | undefined {
  if (!Number.isFinite(value)) return TOO_LARGE;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return TOO_LARGE;
  return undefined;
}

/** How a key shows in a field name; a key with a bad character is named by its position instead. */
function keyLabel(key: string): string {
  return stringProblem(key) === undefined ? key : "(feltnavn)";
}

/**
 * Every problem in a parsed JSON value, named `context.path.to.field` like validation errors.
 * Iterative, not recursive: a 1 MB body of nested arrays must not overflow the stack.
 */
export function unusableValues(value: unknown, context: string, limit = 100): Issue[] {
  const issues: Issue[] = [];
  const stack: [unknown, string][] = [[value, context]];
  while (stack.length > 0 && issues.length < limit) {
    const [current, path] = stack.pop() as [unknown, string];
    if (typeof current === "string") {
      const problem = stringProblem(current);
      if (problem !== undefined) issues.push({ field: path, message: problem.da, en: problem.en });
    } else if (typeof current === "number") {
      const problem = numberProblem(current);
      if (problem !== undefined) issues.push({ field: path, message: problem.da, en: problem.en });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], `${path}.${i}`]);
    } else if (typeof current === "object" && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, inner] = entries[i] as [string, unknown];
        const problem = stringProblem(key);
        if (problem !== undefined)
          issues.push({
            field: `${path}.${keyLabel(key)}`,
            message: `feltnavnet ${problem.da}`,
            en: `the field name ${problem.en}`,
          });
        stack.push([inner, `${path}.${keyLabel(key)}`]);
      }
    }
  }
  return issues;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config?.access === undefined) return; // static files
    const issues = [
      ...unusableValues(request.params, "params"),
      ...unusableValues(request.query, "querystring"),
      ...unusableValues(request.body, "body"),
    ];
    if (issues.length === 0) return;
    const fields = [...new Set(issues.map((i) => i.field))];
    const named = fields.length > 5 ? [...fields.slice(0, 5), "…"] : fields;
    return sendRefusal(
      request,
      reply,
      400,
      "invalid_input",
      { da: `Ugyldigt input: ${named.join(", ")}`, en: `Invalid input: ${named.join(", ")}` },
      issues,
    );
  });
}
