import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { readMillionsInput } from "../../../../src/domain/policy/budget/millions-input.ts";
import type { BudgetTable, RoundDetail } from "../../api-types.ts";
import { Form, TextField } from "../../components/fields.tsx";
import { fieldErrorLookup } from "../../fieldErrors.ts";
import { formatMillions, millionsForInput, uiLanguage } from "../../format.ts";
import { AmountQuestion, type AmountQuestionReading, largestOtherAmount } from "./AmountQuestion.tsx";
import { type PartEdit, StaleRevisionError, usePartEdit } from "./PartEditors.tsx";
import "./budget-cells.css";

type Cell = Extract<PartEdit, { part: "budget_cell" }>["cell"];
type Line = BudgetTable["lines"][number];

/** The key of a cell button, so focus can move to a cell after the table has been fetched again. */
export const cellKey = (lineId: string, year: number) => `${lineId}:${year}`;

function focusCell(table: HTMLElement | null, key: string | null) {
  if (key === null) return;
  table?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"] button`)?.focus();
}

/** The table's editable cells in reading order, to find the one Tab moves to. */
function neighbour(from: HTMLElement | null, key: string, step: 1 | -1): string | null {
  const table = from?.closest("table");
  const keys = [...(table?.querySelectorAll<HTMLElement>("[data-cell]") ?? [])].map((c) => c.dataset.cell);
  const at = keys.indexOf(key);
  return at < 0 ? null : (keys[at + step] ?? null);
}

/** What is typed in a cell: blank, a dash, or millions (a question where the reading is unsure). */
function readCell(
  draft: string,
  largest: number,
): { kind: "cell"; cell: Cell } | AmountQuestionReading | { kind: "invalid" } {
  const text = draft.trim();
  if (text === "") return { kind: "cell", cell: { kind: "blank" } };
  if (text === "-" || text === "–") return { kind: "cell", cell: { kind: "dash" } };
  const reading = readMillionsInput(text, largest, uiLanguage());
  if (reading.kind === "amount") return { kind: "cell", cell: { kind: "amount", amount: reading.kroner } };
  return reading.kind === "question" ? reading : { kind: "invalid" };
}

function draftOf(cell: Cell | undefined): string {
  if (cell === undefined || cell.kind === "blank") return "";
  return cell.kind === "dash" ? "-" : millionsForInput(cell.amount);
}

/**
 * One year cell of an overview line, edited in place. The cell is a button named by its line and
 * year: Enter or F2 opens it, Enter saves, Tab saves and moves to the next cell (Shift+Tab: the one
 * before), Escape cancels. An amount the plausibility check doubts (`950.000` in a table in millions)
 * is asked about before anything is stored. Saved through the tagged edit with the page's revision.
 */
export function BudgetCellEditor({
  table,
  line,
  year,
  detail,
  onSaved,
  hintId,
  questionSlot,
  children,
  markers,
}: {
  readonly table: BudgetTable;
  readonly line: Line;
  readonly year: number;
  readonly detail: RoundDetail;
  onSaved(): void;
  /** The id of the text that says which keys edit a cell. */
  readonly hintId: string;
  /**
   * Where a plausibility question is shown: under the table, since the table's scroll region
   * would cut a box floating over it.
   */
  readonly questionSlot: HTMLElement | null;
  /** The cell as the table shows it (number, footnote marker). */
  readonly children: ReactNode;
  /** Links to the findings about the cell: beside the button, not in it (a link in a button is lost). */
  readonly markers: ReactNode;
}) {
  const { t } = useTranslation();
  const key = cellKey(line.id, year);
  const current = line.cells[String(year)];
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [inputError, setInputError] = useState<string | null>(null);
  const [question, setQuestion] = useState<AmountQuestionReading | null>(null);
  /** Where focus goes once the cell is saved: this cell (Enter) or its neighbour (Tab). */
  const after = useRef<string | null>(key);
  const cellRef = useRef<HTMLTableCellElement>(null);
  const submission = usePartEdit(detail, onSaved);
  const label = t("policy.budget.cellLabel", { line: line.label, year });
  const field = `celle-${table.id}-${key.replace(":", "-")}`;
  // The field takes focus, its text selected, as a spreadsheet's cell does when it is opened.
  useEffect(() => {
    if (!editing) return;
    const input = document.getElementById(field);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  }, [editing, field]);
  const stored =
    current?.kind === "amount"
      ? t("policy.budget.millions", { value: formatMillions(current.amount) })
      : t(`policy.budget.kind.${current?.kind ?? "blank"}`);
  // A refusal about the amount stands beside the field (the Form); any other too. A stale revision
  // says what the cell holds now (the round has been fetched again), so the person can decide again.
  const apiError =
    submission.error === undefined || fieldErrorLookup(submission.error)("cell.amount") !== undefined
      ? null
      : submission.error instanceof StaleRevisionError
        ? `${submission.error.message} ${t("policy.budget.storedNow", { value: stored })}`
        : submission.error.message;

  const open = () => {
    setDraft(draftOf(current));
    setInputError(null);
    setQuestion(null);
    submission.reset();
    setEditing(true);
  };
  /** The cell to focus once this one has closed (its button is back only after the render). */
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useEffect(() => {
    if (editing || focusAfter === null) return;
    focusCell(cellRef.current?.closest("table") ?? null, focusAfter);
    setFocusAfter(null);
  }, [editing, focusAfter]);
  const close = (focus: string | null) => {
    setEditing(false);
    setQuestion(null);
    setFocusAfter(focus);
  };
  const store = async (cell: Cell) => {
    setQuestion(null);
    const saved = await submission.save({
      part: "budget_cell",
      tableId: table.id,
      lineId: line.id,
      year,
      cell,
    });
    if (saved !== undefined) close(after.current);
  };
  const commit = (focus: string | null) => {
    after.current = focus;
    if (draft === draftOf(current)) return close(focus);
    const reading = readCell(draft, largestOtherAmount(table, { lineId: line.id, year }));
    if (reading.kind === "invalid") {
      submission.reset();
      setInputError(t("policy.budget.amountInvalid"));
      return;
    }
    setInputError(null);
    if (reading.kind === "question") return setQuestion(reading);
    void store(reading.cell);
  };
  const keys = (e: KeyboardEvent) => {
    if (e.key === "Escape" && question === null) {
      e.preventDefault();
      close(key);
    } else if (e.key === "Tab" && (e.target as HTMLElement).tagName === "INPUT") {
      e.preventDefault();
      commit(neighbour(cellRef.current, key, e.shiftKey ? -1 : 1));
    }
  };

  return (
    <td
      ref={cellRef}
      data-cell={key}
      className="budget-cell align-text-right"
      style={{ whiteSpace: "nowrap" }}
    >
      {editing ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape and Tab belong to the field inside
        <div onKeyDown={keys}>
          <Form
            submission={submission}
            onSubmit={(e) => {
              e.preventDefault();
              commit(key);
            }}
          >
            <TextField
              id={field}
              name="cell.amount"
              label={label}
              hiddenLabel
              groupClassName="form-group"
              width=""
              inputMode="decimal"
              autoComplete="off"
              value={draft}
              error={inputError ?? apiError}
              onChange={setDraft}
            />
          </Form>
          {question !== null && questionSlot !== null
            ? createPortal(
                <AmountQuestion
                  question={{ ...question, message: `${label}: ${question.message}` }}
                  busy={submission.busy}
                  onPick={(kroner) => void store({ kind: "amount", amount: kroner })}
                  onCancel={() => {
                    setQuestion(null);
                    cellRef.current?.querySelector("input")?.focus();
                  }}
                />,
                questionSlot,
              )
            : null}
        </div>
      ) : (
        <button
          type="button"
          className="budget-cell-button"
          aria-label={`${label}: ${stored}`}
          aria-describedby={hintId}
          onClick={open}
          onKeyDown={(e) => {
            if (e.key === "F2") {
              e.preventDefault();
              open();
            }
          }}
        >
          {children}
        </button>
      )}
      {markers}
    </td>
  );
}
