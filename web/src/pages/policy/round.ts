import { useCallback, useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { api } from "../../api.ts";
import type { OrganisationUnitRow, RoundSummary } from "../../api-types.ts";
import { useAuth } from "../../auth.tsx";
import { useApi } from "../../useApi.ts";

/** Query keys of the chosen round, so every page of the module can be linked to as it is shown. */
export const ROUND_QUERY = { committee: "udvalg", year: "aar", version: "version" } as const;

export interface RoundSelection {
  readonly rounds: readonly RoundSummary[] | undefined;
  readonly organisations: readonly OrganisationUnitRow[];
  /** The round the query names, or the newest round when it names none. */
  readonly selected: RoundSummary | undefined;
  /** The query names a round that does not exist. */
  readonly notFound: boolean;
  readonly error: Error | undefined;
  /** `udvalg=SUD&aar=2010&version=1`, for links to other pages of the module. */
  readonly query: string;
  select(committee: string, year?: number, version?: number): void;
  /** Fetch the list again (after a change of status or a new round). */
  refresh(): Promise<void>;
}

function newestFirst(a: RoundSummary, b: RoundSummary): number {
  return b.year - a.year || b.version - a.version || a.committeeCode.localeCompare(b.committeeCode);
}

function numberOrUndefined(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

export function roundQuery(round: Pick<RoundSummary, "committeeCode" | "year" | "version">): string {
  return new URLSearchParams({
    [ROUND_QUERY.committee]: round.committeeCode,
    [ROUND_QUERY.year]: String(round.year),
    [ROUND_QUERY.version]: String(round.version),
  }).toString();
}

export type RoundName = Pick<RoundSummary, "committeeCode" | "year" | "version">;

/**
 * Address of one round's file, for a link: `roundApi(r, "/report.pdf")` →
 * `/api/policy/rounds/SUD/2010/report.pdf?version=1`. (The pages fetch through `roundParams`.)
 */
export function roundApi(round: RoundName, suffix: string): string {
  return `/api/policy/rounds/${encodeURIComponent(round.committeeCode)}/${round.year}${suffix}?version=${round.version}`;
}

/** The parameters of `/api/policy/rounds/{committee}/{year}…` that name one round version. */
export function roundParams(round: RoundName) {
  return {
    params: { path: { committee: round.committeeCode, year: round.year }, query: { version: round.version } },
  };
}

/** The round version with its content, fetched again when another is chosen; nothing while none is. */
export function useRoundDetail(round: RoundName | undefined) {
  return useApi("/api/policy/rounds/{committee}/{year}", round ? roundParams(round) : null);
}

/** The validation findings of the round version. */
export function useRoundValidation(round: RoundName | undefined) {
  return useApi("/api/policy/rounds/{committee}/{year}/validation", round ? roundParams(round) : null);
}

/** The goal forecast of the round version: projections, barometer readings, backtests. */
export function useRoundForecast(round: RoundName | undefined) {
  return useApi("/api/policy/rounds/{committee}/{year}/forecast", round ? roundParams(round) : null);
}

/** Only admin and analyst may change a round (the API refuses the others). */
export function useCanEdit(): boolean {
  const role = useAuth().user?.role;
  return role === "admin" || role === "analyst";
}

/** The rounds, and the one the URL query (`?udvalg=SUD&aar=2010&version=1`) chooses. */
export function useRoundSelection(): RoundSelection {
  const [params, setParams] = useSearchParams();
  const [rounds, setRounds] = useState<readonly RoundSummary[] | undefined>(undefined);
  const [organisations, setOrganisations] = useState<readonly OrganisationUnitRow[]>([]);
  const [error, setError] = useState<Error | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const answer = await api.GET("/api/policy/rounds");
      setRounds([...answer.rounds].sort(newestFirst));
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  }, []);

  useEffect(() => {
    void refresh();
    api.GET("/api/policy/organisations").then(
      (answer) => setOrganisations(answer.units),
      () => setOrganisations([]), // names are a nicety; the codes still work
    );
  }, [refresh]);

  const committee = params.get(ROUND_QUERY.committee) ?? undefined;
  const year = numberOrUndefined(params.get(ROUND_QUERY.year));
  const version = numberOrUndefined(params.get(ROUND_QUERY.version));

  const selected = useMemo(
    () =>
      rounds?.find(
        (r) =>
          (committee === undefined || r.committeeCode === committee) &&
          (year === undefined || r.year === year) &&
          (version === undefined || r.version === version),
      ),
    [rounds, committee, year, version],
  );

  const select = useCallback(
    (nextCommittee: string, nextYear?: number, nextVersion?: number) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set(ROUND_QUERY.committee, nextCommittee);
          if (nextYear === undefined) next.delete(ROUND_QUERY.year);
          else next.set(ROUND_QUERY.year, String(nextYear));
          if (nextVersion === undefined) next.delete(ROUND_QUERY.version);
          else next.set(ROUND_QUERY.version, String(nextVersion));
          return next;
        },
        { replace: false },
      );
    },
    [setParams],
  );

  // Write the round that is shown into the address, so the link names it even when the query did not.
  useEffect(() => {
    if (selected === undefined) return;
    if (committee === selected.committeeCode && year === selected.year && version === selected.version)
      return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(ROUND_QUERY.committee, selected.committeeCode);
        next.set(ROUND_QUERY.year, String(selected.year));
        next.set(ROUND_QUERY.version, String(selected.version));
        return next;
      },
      { replace: true },
    );
  }, [selected, committee, year, version, setParams]);

  return {
    rounds,
    organisations,
    selected,
    notFound: rounds !== undefined && rounds.length > 0 && selected === undefined,
    error,
    query: selected === undefined ? "" : roundQuery(selected),
    select,
    refresh,
  };
}
