import { InvalidArgumentError } from "commander";
import { isIsoDate } from "../domain/law/iso-date.ts";

export function isoDateArgument(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError("en dato på formen ÅÅÅÅ-MM-DD, fx 2010-01-01");
  return value;
}

export function yearArgument(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new InvalidArgumentError("et årstal, fx 2010");
  return n;
}

export function portArgument(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new InvalidArgumentError("et portnummer fra 1 til 65535");
  return n;
}
