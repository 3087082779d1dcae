import type { AreaOption } from "../../api-types.ts";
import { useApi } from "../../useApi.ts";

/** The areas in the area facts, for the area pickers of the letting forms. */
export function useAreaOptions(): readonly AreaOption[] {
  const { data } = useApi("/api/areas/facts/years");
  return data?.areas ?? [];
}

/** An area's name, or its id when the area facts do not know it. */
export function areaName(areas: readonly AreaOption[], areaId: string): string {
  return areas.find((a) => a.areaId === areaId)?.areaName ?? areaId;
}
