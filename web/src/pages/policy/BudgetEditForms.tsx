import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { readMillionsInput } from "../../../../src/domain/policy/budget/millions-input.ts";
import type { BudgetTable, RoundDetail } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, SelectField, TextField } from "../../components/fields.tsx";
import { formatMillions, millionsForInput, uiLanguage } from "../../format.ts";
import { AmountQuestion, type AmountQuestionReading } from "./AmountQuestion.tsx";
import { usePartEdit } from "./PartEditors.tsx";

function Saved({ message }: { readonly message: string | null }) {
  return (
    <div role="status">
      {message !== null ? (
        <div className="alert alert-success mt-4">
          <div className="alert-body">
            <p className="alert-text">{message}</p>
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Millions typed the Danish way, with the form error DKFDS shows under a field. */
function MillionsInput(props: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly error: string | null;
  readonly name?: string;
  onChange(value: string): void;
}) {
  return <TextField {...props} inputMode="decimal" autoComplete="off" width="input-width-s" />;
}

type TotalTarget = `line:${string}` | `year:${number}` | "grand";

/** A total as the report states it (kept apart from what udsyn computes, so the two can be compared). */
export function StatedTotalForm({
  detail,
  tables,
  onSaved,
}: {
  /** The round as the page shows it: the total is saved with its revision. */
  readonly detail: RoundDetail;
  readonly tables: readonly BudgetTable[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tableId, setTableId] = useState(tables[0]?.id ?? "");
  const table = tables.find((tb) => tb.id === tableId) ?? tables[0];
  const [target, setTarget] = useState<TotalTarget>("grand");
  const [amount, setAmount] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const submission = usePartEdit(detail, onSaved);
  const { busy, error, reset } = submission;
  const [saved, setSaved] = useState<string | null>(null);
  const [question, setQuestion] = useState<AmountQuestionReading | null>(null);

  const stated = (() => {
    if (table === undefined) return null;
    if (target === "grand") return table.statedGrandTotal;
    if (target.startsWith("line:"))
      return table.lines.find((l) => `line:${l.id}` === target)?.statedTotal ?? null;
    return table.statedYearTotals[target.slice("year:".length)] ?? null;
  })();
  const statedKey = JSON.stringify(stated);
  // biome-ignore lint/correctness/useExhaustiveDependencies: statedKey stands for stated
  useEffect(() => {
    setAmount(stated === null ? "" : millionsForInput(stated.amount));
    setInputError(null);
    setQuestion(null);
  }, [statedKey]);

  if (table === undefined) return null;
  const targetLabel = (value: TotalTarget): string => {
    if (value === "grand") return t("policy.budget.totalGrand");
    if (value.startsWith("line:")) {
      return t("policy.budget.totalLine", {
        label: table.lines.find((l) => `line:${l.id}` === value)?.label,
      });
    }
    return t("policy.budget.totalYear", { year: value.slice("year:".length) });
  };

  const store = async (kroner: number | null) => {
    setQuestion(null);
    const where = target.startsWith("line:")
      ? { lineId: target.slice("line:".length) }
      : target.startsWith("year:")
        ? { year: Number(target.slice("year:".length)) }
        : {};
    const answer = await submission.save({
      part: "stated_total",
      tableId: table.id,
      ...where,
      amount: kroner,
    });
    if (answer === undefined) return;
    setSaved(
      t("policy.budget.totalSaved", {
        target: targetLabel(target),
        value:
          kroner === null
            ? t("policy.budget.noStated")
            : t("policy.budget.millions", { value: formatMillions(kroner) }),
      }),
    );
  };

  return (
    <Form
      submission={submission}
      className="budget-total-form"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(null);
        if (amount.trim() === "") return void store(null);
        // A total is larger than any cell: only one far beyond the whole table is out of line.
        const sum = table.lines.reduce(
          (all, l) =>
            all + Object.values(l.cells).reduce((a, c) => a + (c.kind === "amount" ? c.amount : 0), 0),
          0,
        );
        const reading = readMillionsInput(amount, sum, uiLanguage());
        if (reading.kind === "invalid") {
          reset();
          setInputError(t("policy.budget.amountInvalid"));
          return;
        }
        setInputError(null);
        if (reading.kind === "question") return setQuestion(reading);
        void store(reading.kroner);
      }}
    >
      <ErrorAlert error={error} />
      {question !== null ? (
        <AmountQuestion
          question={question}
          busy={busy}
          onPick={(kroner) => void store(kroner)}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
      <div className="d-flex flex-wrap align-items-end">
        <SelectField
          id={`${id}-table`}
          groupClassName="form-group mr-5"
          label={t("policy.budget.table")}
          value={table.id}
          onChange={(value) => {
            setTableId(value);
            setTarget("grand");
          }}
        >
          {tables.map((tb) => (
            <option key={tb.id} value={tb.id}>
              {tb.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-target`}
          groupClassName="form-group mr-5"
          label={t("policy.budget.total")}
          value={target}
          onChange={(value) => setTarget(value as TotalTarget)}
        >
          <option value="grand">{targetLabel("grand")}</option>
          {table.years.map((y) => (
            <option key={y} value={`year:${y}`}>
              {targetLabel(`year:${y}`)}
            </option>
          ))}
          {table.lines.map((l) => (
            <option key={l.id} value={`line:${l.id}`}>
              {targetLabel(`line:${l.id}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <MillionsInput
        id={`${id}-amount`}
        name="amount"
        label={t("policy.budget.statedAmount")}
        hint={t("policy.budget.statedHint")}
        value={amount}
        error={inputError}
        onChange={setAmount}
      />
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.budget.saveTotal")}
      </button>
      <Saved message={saved} />
    </Form>
  );
}
