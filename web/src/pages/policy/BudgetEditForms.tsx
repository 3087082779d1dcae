import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { readMillionsInput } from "../../../../src/domain/policy/budget/millions-input.ts";
import { api } from "../../api.ts";
import type { BudgetTable, RequestBody } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Form, RadioField, SelectField, TextField } from "../../components/fields.tsx";
import { formatMillions, millionsForInput } from "../../format.ts";
import { useSubmission } from "../../useSubmission.ts";
import { AmountQuestion, type AmountQuestionReading, largestOtherAmount } from "./AmountQuestion.tsx";

type Cell = RequestBody<"/api/policy/rounds/{id}/budget/{tableId}/{lineId}/{year}", "put">["cell"];
type CellKind = Cell["kind"];

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

/** One year cell of a line: an amount in millions, a dash, or blank. */
export function CellEditForm({
  roundId,
  tables,
  onSaved,
}: {
  readonly roundId: number;
  readonly tables: readonly BudgetTable[];
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tableId, setTableId] = useState(tables[0]?.id ?? "");
  const table = tables.find((tb) => tb.id === tableId) ?? tables[0];
  const [lineId, setLineId] = useState(table?.lines[0]?.id ?? "");
  const line = table?.lines.find((l) => l.id === lineId) ?? table?.lines[0];
  const [year, setYear] = useState<number>(table?.years[0] ?? 0);
  const [kind, setKind] = useState<CellKind>("amount");
  const [amount, setAmount] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const { busy, error, run, reset } = useSubmission();
  const [saved, setSaved] = useState<string | null>(null);
  /** An amount the plausibility check questioned: the person picks the reading they meant. */
  const [question, setQuestion] = useState<AmountQuestionReading | null>(null);

  // Show what the cell holds now whenever another cell is chosen (or the table is reloaded).
  const current = line?.cells[String(year)] ?? { kind: "blank" as const };
  const currentKey = JSON.stringify(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: currentKey stands for current
  useEffect(() => {
    setKind(current.kind);
    setAmount(current.kind === "amount" ? millionsForInput(current.amount) : "");
    setInputError(null);
    setQuestion(null);
  }, [currentKey]);

  if (table === undefined || line === undefined) return null;

  const store = async (cell: Cell) => {
    setQuestion(null);
    setInputError(null);
    const answer = await run(() =>
      api.PUT("/api/policy/rounds/{id}/budget/{tableId}/{lineId}/{year}", {
        params: { path: { id: roundId, tableId: table.id, lineId: line.id, year } },
        body: { cell },
      }),
    );
    if (answer === undefined) return;
    setSaved(
      t("policy.budget.cellSaved", {
        line: line.label,
        year,
        value:
          cell.kind === "amount"
            ? t("policy.budget.millions", { value: formatMillions(cell.amount) })
            : t(`policy.budget.kind.${cell.kind}`),
      }),
    );
    onSaved();
  };

  return (
    <form
      className="budget-cell-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setSaved(null);
        if (kind !== "amount") return store({ kind });
        const reading = readMillionsInput(amount, largestOtherAmount(table, { lineId: line.id, year }));
        if (reading.kind === "invalid") {
          reset();
          setInputError(t("policy.budget.amountInvalid"));
          return;
        }
        if (reading.kind === "question") {
          setQuestion(reading);
          return;
        }
        await store({ kind: "amount", amount: reading.kroner });
      }}
    >
      <ErrorAlert error={error} />
      {question !== null ? (
        <AmountQuestion
          question={question}
          busy={busy}
          onPick={(kroner) => void store({ kind: "amount", amount: kroner })}
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
            const next = tables.find((tb) => tb.id === value);
            setTableId(value);
            setLineId(next?.lines[0]?.id ?? "");
            setYear(next?.years[0] ?? 0);
          }}
        >
          {tables.map((tb) => (
            <option key={tb.id} value={tb.id}>
              {tb.title}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-line`}
          groupClassName="form-group mr-5"
          label={t("policy.budget.line")}
          value={line.id}
          onChange={setLineId}
        >
          {table.lines.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${id}-year`}
          groupClassName="form-group mr-5"
          label={t("policy.budget.year")}
          width="input-width-xs"
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
        >
          {table.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="mt-5">
        <legend className="form-label">{t("policy.budget.content")}</legend>
        {(["amount", "dash", "blank"] as const).map((k) => (
          <RadioField
            key={k}
            id={`${id}-kind-${k}`}
            name={`${id}-kind`}
            value={k}
            label={t(`policy.budget.kindOption.${k}`)}
            checked={kind === k}
            onChange={() => setKind(k)}
          />
        ))}
      </fieldset>
      {kind === "amount" ? (
        <MillionsInput
          id={`${id}-amount`}
          label={t("policy.budget.amount")}
          hint={t("policy.budget.amountHint")}
          value={amount}
          error={inputError}
          onChange={setAmount}
        />
      ) : null}
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {t("policy.budget.saveCell")}
      </button>
      <Saved message={saved} />
    </form>
  );
}

type TotalTarget = `line:${string}` | `year:${number}` | "grand";

/** A total as the report states it (kept apart from what udsyn computes, so the two can be compared). */
export function StatedTotalForm({
  roundId,
  tables,
  onSaved,
}: {
  readonly roundId: number;
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
  const submission = useSubmission();
  const { busy, error, run, reset } = submission;
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
    const answer = await run(() =>
      api.PUT("/api/policy/rounds/{id}/budget/{tableId}/stated-total", {
        params: { path: { id: roundId, tableId: table.id } },
        body: { ...where, amount: kroner },
      }),
    );
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
    onSaved();
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
        const reading = readMillionsInput(amount, sum);
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
