import { useCallback, useState } from "react";

export interface Submission {
  readonly busy: boolean;
  readonly error: Error | undefined;
  /**
   * Runs one submission: busy while it runs, its error (if any) kept for an ErrorAlert. Resolves to
   * what the work answered, or `undefined` when it failed, so the form can show what was saved.
   */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Forgets the last error: the form was sent again, but stopped at its own check before the API. */
  reset(): void;
}

/** The one way a form sends something to the API and reports how it went. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => setError(undefined), []);
  return { busy, error, run, reset };
}
