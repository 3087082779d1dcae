import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiError, api, type InitArgument } from "./api.ts";
import type { Answer } from "./api-types.ts";

export interface ApiState<T> {
  readonly data: T | undefined;
  readonly error: ApiError | Error | undefined;
  readonly loading: boolean;
  reload(): void;
}

type GetPath = Parameters<typeof api.GET>[0];
/** As `api.GET` takes it, or `null` for "nothing to fetch yet". */
type GetInit<P extends GetPath> = [init: InitArgument<P, "get">[0] | null] | InitArgument<P, "get">;

/**
 * GET a route, e.g. `useApi("/api/letting/decisions/{id}", { params: { path: { id } } })`, and fetch
 * again when its parameters change.
 */
export function useApi<P extends GetPath>(path: P, ...[init]: GetInit<P>): ApiState<Answer<P>> {
  const [data, setData] = useState<Answer<P> | undefined>(undefined);
  const [error, setError] = useState<ApiError | Error | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);
  // The API writes its texts (criteria, explanations, messages) in the UI's language: a new language, a new answer.
  const { i18n } = useTranslation();
  const language = i18n.language;
  // The parameters by value: callers build a new object on every render.
  const request = init === null ? null : JSON.stringify(init ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick and language are reload triggers
  useEffect(() => {
    if (request === null) return;
    let current = true;
    setLoading(true);
    setError(undefined);
    // The parameters were checked against the path at the call of useApi; here they come back from JSON.
    api
      .GET(path, ...([JSON.parse(request)] as InitArgument<P, "get">))
      .then(
        (value) => {
          if (current) setData(value);
        },
        (e: unknown) => {
          if (current) setError(e instanceof Error ? e : new Error(String(e)));
        },
      )
      .finally(() => {
        if (current) setLoading(false);
      });
    return () => {
      current = false;
    };
  }, [path, request, tick, language]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload };
}
