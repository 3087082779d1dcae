import { copenhagenDate } from "../../src/domain/law/clock.ts";

/**
 * Today's date as the municipality counts it, in Copenhagen (ISO `YYYY-MM-DD`). The UTC date is still
 * yesterday's between midnight and 01–02 Danish time, and would pick yesterday's rules and lists.
 */
export function today(): string {
  return copenhagenDate(new Date());
}
