import { formatNumber } from "../../../format.ts";
import { richTextToPlain } from "../../goals/rich-text.ts";
import type { Target, TargetUnit } from "../../goals/target.ts";
import { initiativeHeading } from "../../initiatives/initiative.ts";
import { statusField } from "../../initiatives/status-report.ts";
import { statusFieldKeys, statusFieldLabel } from "../../initiatives/status-report-layout.ts";
import type { RuleHit } from "../finding.ts";
import type { ValidationRule } from "../validation-rule.ts";

type UnitClass = "percent" | "points";

function classOf(unit: TargetUnit): UnitClass | null {
  if (unit === "percentage_points") return "points";
  if (unit === "percent" || unit === "percent_of_baseline") return "percent";
  return null;
}

const unitWords = "procentpoint|procent-point|%-point|% point|%-point|pct\\.?-?point|procent|pct\\.?|%";

/** Mentions of `value` with a percent-like unit in a text, with the unit class each uses. */
export function unitMentions(
  text: string,
  value: number,
): readonly { excerpt: string; unitClass: UnitClass }[] {
  const shown = formatNumber(value, Number.isInteger(value) ? 0 : 1).replace(/\./g, "");
  const pattern = new RegExp(
    `(?<![\\d,.])${shown.replace(",", "[,.]")}(?:[,.]0)?\\s*(${unitWords})(?![\\wæøå])`,
    "gi",
  );
  return [...text.matchAll(pattern)].map((m) => ({
    excerpt: m[0],
    unitClass: /point/i.test(m[1] ?? "") ? "points" : "percent",
  }));
}

function joinDanish(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} og ${parts.at(-1)}`;
}

function describe(target: Target): string {
  return target.unit === "percentage_points"
    ? "procentpoint"
    : target.unit === "percent_of_baseline"
      ? "procent af udgangsniveauet"
      : "procent";
}

/**
 * DOMAIN.md §2: a goal that says `10 %` and a schema that says `10 procentpoint` set different
 * targets. Finds, in the texts and success criteria of initiatives linked to the goal and in the
 * goal's own assessment, mentions of the target's value in the other unit.
 */
export const targetUnitRule: ValidationRule = {
  id: "goal.target_unit_ambiguous",
  severity: "warning",
  title: "Et måls enhed (procent eller procentpoint) bruges ens i statusskemaerne",
  check(round) {
    const hits: RuleHit[] = [];
    for (const goal of round.goals) {
      for (const tracked of goal.indicators) {
        const target = tracked.target;
        if (target === null) continue;
        const goalClass = classOf(target.unit);
        if (goalClass === null) continue;
        const places: { initiativeId?: string; owner: string; where: string; excerpt: string }[] = [];
        for (const initiative of round.initiatives) {
          if (!initiative.goalLinks.some((l) => l.goalCode === goal.code)) continue;
          for (const key of statusFieldKeys(initiative.statusReport.kind)) {
            const text = statusField(initiative.statusReport, key);
            if (text === undefined) continue;
            for (const mention of unitMentions(richTextToPlain(text), target.value)) {
              if (mention.unitClass !== goalClass) {
                places.push({
                  initiativeId: initiative.id,
                  owner: initiativeHeading(initiative),
                  where: statusFieldLabel(initiative.statusReport.kind, key, round.year),
                  excerpt: mention.excerpt,
                });
              }
            }
          }
          for (const criterion of initiative.successCriteria) {
            const other = criterion.target;
            if (
              criterion.indicator.id !== tracked.indicator.id ||
              other === null ||
              other.value !== target.value
            )
              continue;
            const otherClass = classOf(other.unit);
            if (otherClass !== null && otherClass !== goalClass) {
              places.push({
                initiativeId: initiative.id,
                owner: initiativeHeading(initiative),
                where: "succeskriterium",
                excerpt: other.statedUnitText,
              });
            }
          }
        }
        const assessment = round.assessments.find((a) => a.goalCode === goal.code);
        for (const block of assessment?.body ?? []) {
          if (block.kind === "evidence") continue;
          for (const mention of unitMentions(richTextToPlain([block]), target.value)) {
            if (mention.unitClass !== goalClass) {
              places.push({
                owner: `Vurderingen af mål ${goal.code}`,
                where: "tekst",
                excerpt: mention.excerpt,
              });
            }
          }
        }
        const byInitiative = new Map<string, typeof places>();
        for (const place of places) {
          const key = place.initiativeId ?? "";
          byInitiative.set(key, [...(byInitiative.get(key) ?? []), place]);
        }
        for (const [initiativeId, group] of byInitiative) {
          const excerpts = [...new Set(group.map((p) => `»${p.excerpt}« (${p.where})`))];
          hits.push({
            location: { goalCode: goal.code, ...(initiativeId === "" ? {} : { initiativeId }) },
            message:
              `Mål ${goal.code}: målet er ${formatNumber(target.value)} ${describe(target)} (»${target.statedUnitText}«), ` +
              `men ${group[0]?.owner ?? ""} skriver ${joinDanish(excerpts)}. ` +
              "Procent af udgangsniveauet og procentpoint er forskellige mål; enheden skal angives entydigt.",
          });
        }
      }
    }
    return hits;
  },
};
