import { InvalidArgumentError } from "commander";

/** `--id <n>`: a stored decision's number, refused by commander before anything is opened. */
export function decisionIdArgument(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("et afgørelsesnummer, fx 12");
  return n;
}
