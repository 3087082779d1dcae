import { formatNumber } from "../../../format.ts";
import { numbersIn } from "../../budget/danish-amount.ts";
import type { RuleHit } from "../finding.ts";
import type { ValidationRule } from "../validation-rule.ts";
import { roundMeasurements } from "./date-rules.ts";

export const measurementValueRule: ValidationRule = {
  id: "measurement.stated_value",
  severity: "warning",
  title: "En målings tekst er ét entydigt tal, og det er det registrerede",
  check(round) {
    const hits: RuleHit[] = [];
    for (const { item, location, owner } of roundMeasurements(round)) {
      const numbers = numbersIn(item.statedText);
      if (numbers.length === 1 && item.value !== null && numbers[0] === item.value) continue;
      const reason =
        numbers.length === 1
          ? `læses som ${formatNumber(numbers[0] ?? 0, 1)}, men er registreret som ${item.value === null ? "ingen værdi" : formatNumber(item.value, 1)}`
          : numbers.length === 0
            ? "indeholder intet tal"
            : `indeholder ${numbers.length} tal (${numbers.map((n) => formatNumber(n, Number.isInteger(n) ? 0 : 1)).join(" og ")}), så værdien er ikke entydig`;
      hits.push({ location, message: `${owner}: målingen »${item.statedText}« ${reason}.` });
    }
    return hits;
  },
};
