import { DomainError } from "../../src/domain/errors.ts";

/** The DomainError `run` refuses with; any other outcome fails the test. */
export async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}
