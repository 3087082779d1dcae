import {
  type SynthOptions,
  type SynthSummary,
  synthesiseRows,
} from "../../domain/register/synth/synthesise.ts";
import { writeSynthFolder } from "../../formats/register/register-synth-files.ts";

/**
 * `udsyn synth`: a synthetic register population written to a folder in the import layout, as the
 * generator yields it (memory stays flat whatever the number of persons). No database and no
 * access check: the population is constructed, nobody's data.
 */
export function synthesiseFolder(dir: string, options: SynthOptions): Promise<SynthSummary> {
  return writeSynthFolder(dir, synthesiseRows(options));
}
