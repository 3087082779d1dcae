import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { MillionsReading } from "../../../../src/domain/policy/budget/millions-input.ts";
import type { BudgetTable } from "../../api-types.ts";

export type AmountQuestionReading = Extract<MillionsReading, { kind: "question" }>;

/**
 * The largest amount of the table other than the cell being written (kroner): an amount far out of
 * line with it is questioned. `except` names the cell (line and year) whose old value does not count.
 */
export function largestOtherAmount(
  table: BudgetTable,
  except?: { readonly lineId: string; readonly year: number },
): number {
  return Math.max(
    0,
    ...table.lines.flatMap((l) =>
      Object.entries(l.cells).flatMap(([y, c]) =>
        c.kind === "amount" && !(l.id === except?.lineId && y === String(except.year)) ? [c.amount] : [],
      ),
    ),
  );
}

/**
 * An amount the plausibility check questioned: the person picks the reading they meant (or goes
 * back to the field). Focus moves to the first reading so a keyboard user answers at once.
 */
export function AmountQuestion({
  question,
  busy,
  onPick,
  onCancel,
  className = "alert alert-warning",
}: {
  readonly question: AmountQuestionReading;
  readonly busy: boolean;
  onPick(kroner: number): void;
  onCancel(): void;
  readonly className?: string;
}) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className={className}
      role="alert"
      data-testid="amount-question"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="alert-body">
        <p className="alert-heading">{question.message}</p>
        <div className="mt-4">
          {question.options.map((option, index) => (
            <button
              key={option.kroner}
              ref={index === 0 ? first : undefined}
              type="button"
              className="button button-secondary mr-4 mb-3"
              disabled={busy}
              onClick={() => onPick(option.kroner)}
            >
              {t("policy.budget.meant", { amount: option.wording })}
            </button>
          ))}
          <button type="button" className="button button-tertiary mb-3" onClick={onCancel}>
            {t("policy.secretary.cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
