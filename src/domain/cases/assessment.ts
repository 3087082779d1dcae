import { DomainError, type Issue } from "../errors.ts";
import type { LevelCatalogue } from "./levels.ts";

/**
 * An assessment scores every one of the catalogue's ten parameters on its scale. A missing, an
 * unknown or an out-of-scale score is one issue naming `scores.<key>`; all are reported at once.
 */
export function checkScores(
  catalogue: LevelCatalogue,
  scores: Readonly<Record<string, number>>,
): Record<string, number> {
  const issues: Issue[] = [];
  const known = new Set(catalogue.parameters.map((p) => p.key));
  for (const key of Object.keys(scores)) {
    if (!known.has(key))
      issues.push({ field: `scores.${key}`, message: "ukendt parameter", en: "unknown parameter" });
  }
  for (const p of catalogue.parameters) {
    const score = scores[p.key];
    if (score === undefined)
      issues.push({ field: `scores.${p.key}`, message: `${p.name} mangler`, en: `${p.name} is missing` });
    else if (!Number.isInteger(score) || score < p.min || score > p.max) {
      issues.push({
        field: `scores.${p.key}`,
        message: `${p.name}: ${score} ligger uden for skalaen ${p.min}–${p.max}`,
        en: `${p.name}: ${score} is outside the scale ${p.min}–${p.max}`,
      });
    }
  }
  if (issues.length > 0) {
    const fields = issues.map((i) => i.field).join(", ");
    throw new DomainError(
      "invalid_input",
      { da: `Vurderingen er ikke gyldig: ${fields}`, en: `The assessment is not valid: ${fields}` },
      issues,
    );
  }
  return Object.fromEntries(catalogue.parameters.map((p) => [p.key, scores[p.key] as number]));
}

export function checkInterventionType(catalogue: LevelCatalogue, type: string): void {
  if (!catalogue.interventionTypes.some((t) => t.key === type)) {
    const known = catalogue.interventionTypes.map((t) => t.key).join(", ");
    throw new DomainError(
      "invalid_input",
      { da: `Ukendt indsatstype: ${type}`, en: `Unknown intervention type: ${type}` },
      [{ field: "type", message: `kendte typer: ${known}`, en: `known types: ${known}` }],
    );
  }
}
