import { formatNumber } from "../../../format.ts";
import type { RuleHit } from "../finding.ts";
import type { ValidationRule } from "../validation-rule.ts";

/** DOMAIN.md §5: net moving + not fully vacated = total; area types add up to `all`. */
export const evaluationIdentityRule: ValidationRule = {
  id: "evaluation.identity",
  severity: "error",
  title:
    "Evalueringstabellens identiteter holder (netto + ikke-tømte = i alt; områdetyper summerer til alle)",
  check(round) {
    const hits: RuleHit[] = [];
    for (const assessment of round.assessments) {
      for (const evidence of assessment.evidence) {
        if (evidence.kind !== "moving_pattern_table") continue;
        const table = evidence.table;
        const location = { goalCode: assessment.goalCode, table: table.id };
        for (const row of table.rows) {
          if (row.netMoving + row.notFullyVacated !== row.total) {
            hits.push({
              location: { ...location, row: row.label },
              message: `${table.title}, ${row.label}: ${formatNumber(row.netMoving)} + ${formatNumber(row.notFullyVacated)} er ikke ${formatNumber(row.total)}.`,
            });
          }
        }
        const all = table.rows.find((r) => r.areaType === "all");
        if (all === undefined) continue;
        const parts = table.rows.filter((r) => r.areaType !== "all");
        for (const column of ["netMoving", "notFullyVacated", "total"] as const) {
          const sum = parts.reduce((s, r) => s + r[column], 0);
          if (sum === all[column]) continue;
          hits.push({
            location: { ...location, row: all.label, column },
            message: `${table.title}: områdetyperne summerer til ${formatNumber(sum)} i kolonnen ${column}, men ${all.label} viser ${formatNumber(all[column])}.`,
          });
        }
      }
    }
    return hits;
  },
};
