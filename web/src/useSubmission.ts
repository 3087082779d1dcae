import { useCallback, useState } from "react";

export interface Submission {
  readonly busy: boolean;
  readonly error: Error | undefined;
  /** Runs one submission: busy while it runs, its error (if any) kept for an ErrorAlert. */
  run(work: () => Promise<void>): Promise<void>;
}

/** The one way a form sends something to the API and reports how it went. */
export function useSubmission(): Submission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
