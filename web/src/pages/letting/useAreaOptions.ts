import { useApi } from "../../useApi.ts";
import type { AreaOption } from "./types.ts";

/** The areas in the area facts, for the area pickers of the letting forms. */
export function useAreaOptions(): readonly AreaOption[] {
  const { data } = useApi<{ areas: AreaOption[] }>("/api/areas/facts/years");
  return data?.areas ?? [];
}
