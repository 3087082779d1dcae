import { ApiError } from "./api.ts";

/**
 * The API names a refused value by its path in the request (`body.application.areaId`); a form
 * names its fields by `name` (`areaId`, or `application.areaId` where two parts share a name). A
 * field takes the message of every detail whose path ends in its name, so a form gets its errors
 * beside its fields without code of its own.
 */
const CONTEXTS = /^(body|querystring|params|headers)(\.|$)/;

/** A detail's path without the part of the request it was in: `application.areaId`. */
export function fieldPath(field: string): string {
  return field.replace(CONTEXTS, "");
}

/** Whether the field named `name` is the one `path` points at (`rows[2].amount` as `rows.2.amount`). */
export function isFieldAt(name: string, path: string): boolean {
  const at = fieldPath(path).replace(/\[(\d+)\]/g, ".$1");
  return at === name || at.endsWith(`.${name}`);
}

export type FieldErrorLookup = (name: string | undefined) => string | undefined;

/** Every field error of a failed submission, by field name; nothing for any other error. */
export function fieldErrorLookup(error: Error | undefined): FieldErrorLookup {
  if (!(error instanceof ApiError)) return () => undefined;
  const details = error.details.filter((d) => d.field !== undefined && d.row === undefined);
  return (name) => {
    if (name === undefined || name === "") return undefined;
    const messages = details.filter((d) => isFieldAt(name, d.field ?? "")).map((d) => d.message);
    return messages.length === 0 ? undefined : [...new Set(messages)].join(" ");
  };
}
