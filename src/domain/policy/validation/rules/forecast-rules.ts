import type { ForecastResult } from "../../forecast/forecast-schema.ts";
import { forecastGoal } from "../../forecast/goal-forecast.ts";
import type { StudentT } from "../../forecast/linear-trend.ts";
import { assessmentStatusLabels } from "../../goals/goal-assessment.ts";
import type { RuleHit } from "../finding.ts";
import type { ValidationRule } from "../validation-rule.ts";

/**
 * Below this probability of reaching the target, "Målet forventes nået" contradicts the trend;
 * above `NOT_REACHABLE_ABOVE`, "Målet kan ikke nås" does. Between 20 % and 80 % the trend leaves
 * room for either judgement (and "i fare" is compatible with any forecast), so the rule is silent:
 * it flags a status the numbers clearly speak against, not one they merely do not confirm.
 */
export const ON_TRACK_BELOW = 0.2;
export const NOT_REACHABLE_ABOVE = 0.8;

type Forecast = Extract<ForecastResult, { status: "forecast" }>;

/**
 * A warning where the committee's status contradicts the goal forecast. The status stays the
 * committee's judgement; the warning asks it to give its reason or reconsider. The forecast needs
 * the Student t distribution, which the caller passes in (see `linear-trend.ts`).
 */
export function forecastContradictionRule(t: StudentT): ValidationRule {
  return {
    id: "goal.status_contradicts_forecast",
    severity: "warning",
    title: "Målets vurdering strider ikke mod fremskrivningen af dets indikatorer",
    check(round) {
      return round.assessments.flatMap((assessment): RuleHit[] => {
        const goal = round.goals.find((g) => g.code === assessment.goalCode);
        if (goal === undefined) return [];
        const forecasts = forecastGoal(goal, round.requestDate, t).indicators.flatMap((i) =>
          i.forecast.status === "forecast" ? [{ name: i.name, forecast: i.forecast as Forecast }] : [],
        );
        const status = `»${assessmentStatusLabels[assessment.status]}«`;
        const location = { goalCode: goal.code, field: "status" };
        if (assessment.status === "on_track") {
          return forecasts
            .filter((f) => f.forecast.probability < ON_TRACK_BELOW)
            .map((f) => ({
              location,
              message: `Mål ${goal.code} er vurderet ${status}, men med den hidtidige udvikling nås målet for »${f.name}« kun med ${f.forecast.probabilityWording.text} sandsynlighed (fremskrevet til ${f.forecast.horizon.label}; advarslen gives under ${ON_TRACK_BELOW * 100} %). Begrund vurderingen, eller genovervej den.`,
            }));
        }
        if (
          assessment.status === "not_reachable" &&
          forecasts.length > 0 &&
          forecasts.every((f) => f.forecast.probability > NOT_REACHABLE_ABOVE)
        ) {
          return [
            {
              location,
              message: `Mål ${goal.code} er vurderet ${status}, men med den hidtidige udvikling nås målet med ${forecasts
                .map((f) => `${f.forecast.probabilityWording.text} sandsynlighed for »${f.name}«`)
                .join(
                  " og ",
                )} (advarslen gives over ${NOT_REACHABLE_ABOVE * 100} %). Begrund vurderingen, eller genovervej den.`,
            },
          ];
        }
        return [];
      });
    },
  };
}
