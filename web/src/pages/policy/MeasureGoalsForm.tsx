import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { CheckboxField, TextField } from "../../components/fields.tsx";
import { formatDate } from "../../format.ts";
import { useSubmission } from "../../useSubmission.ts";
import type { RoundName } from "./round.ts";

/**
 * Goals a, b and c measured from the newest (or a named) batch of register data: the same use case
 * as `udsyn measure`. The new measurements replace the ones computed before; typed-in ones stay.
 */
export function MeasureGoalsForm({
  round,
  onMeasured,
}: {
  readonly round: RoundName;
  readonly onMeasured: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [batch, setBatch] = useState("");
  const [done, setDone] = useState<{ text: string; notes: string[] } | undefined>(undefined);
  /** The batch whose area facts goals a and b are waiting for, after a measurement said so. */
  const [needsFacts, setNeedsFacts] = useState<string | undefined>(undefined);
  const { busy, error, run } = useSubmission();
  return (
    <>
      <form
        className="measure-goals"
        onSubmit={async (e) => {
          e.preventDefault();
          setDone(undefined);
          await run(async () => {
            const outcome = await api.POST("/api/policy/rounds/{committee}/{year}/measurements", {
              params: { path: { committee: round.committeeCode, year: round.year } },
              body: batch.trim() === "" ? {} : { batch: batch.trim() },
            });
            const count = outcome.indicators.reduce((n, i) => n + i.measurements.length, 0);
            const date = formatDate(outcome.requestDate);
            // Said, not silent: an indicator left without a figure, and years left out as hindsight.
            const notes = outcome.indicators.flatMap((i) => [
              ...(i.unmeasured === undefined
                ? []
                : [
                    t(`policy.measure.unmeasured.${i.unmeasured}`, {
                      name: i.name,
                      batch: outcome.batch,
                      date,
                    }),
                  ]),
              ...(i.afterRoundDate > 0 && i.unmeasured === undefined
                ? [t("policy.measure.afterRoundDate", { name: i.name, count: i.afterRoundDate, date })]
                : []),
            ]);
            setDone({ text: t("policy.measure.done", { count, batch: outcome.batch }), notes });
            setNeedsFacts(
              outcome.indicators.some((i) => i.unmeasured === "no_area_facts") ? outcome.batch : undefined,
            );
            onMeasured();
          });
        }}
      >
        <h2 className="h3">{t("policy.measure.heading")}</h2>
        <p>{t("policy.measure.intro")}</p>
        <ErrorAlert error={error} />
        {done === undefined ? null : (
          <div className="alert alert-success" role="status">
            <div className="alert-body">
              <p className="alert-text">{done.text}</p>
              {done.notes.length === 0 ? null : (
                <ul className="alert-text">
                  {done.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        <div className="d-flex flex-wrap align-items-end">
          <TextField
            id={`${id}-batch`}
            groupClassName="form-group mr-5"
            label={t("policy.measure.batch")}
            value={batch}
            onChange={setBatch}
          />
          <div className="form-group">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t("policy.measure.submit")}
            </button>
          </div>
        </div>
      </form>
      {needsFacts === undefined ? null : <ComputeFactsForm batch={needsFacts} />}
    </>
  );
}

/**
 * Goals a and b count the area facts computed from the batch (their provenance says which batch):
 * computed here with the same use case as `udsyn register facts`. Facts from another source for the
 * same years (typed in, another batch) are replaced only when the user says so, and the
 * replacement is audited.
 */
function ComputeFactsForm({ batch }: { readonly batch: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [replace, setReplace] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const { busy, error, run } = useSubmission();
  return (
    <form
      className="compute-facts mt-5"
      onSubmit={async (e) => {
        e.preventDefault();
        setDone(undefined);
        await run(async () => {
          const outcome = await api.POST("/api/register/batches/{batchName}/facts", {
            params: { path: { batchName: batch } },
            body: { replace },
          });
          setDone(
            t("policy.measure.facts.done", {
              count: outcome.departmentYears,
              replaced: outcome.replaced.length,
              batch,
            }),
          );
        });
      }}
    >
      <h3 className="h4">{t("policy.measure.facts.heading", { batch })}</h3>
      <p>{t("policy.measure.facts.intro")}</p>
      <ErrorAlert error={error} />
      {done === undefined ? null : (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{done}</p>
          </div>
        </div>
      )}
      <CheckboxField
        id={`${id}-replace`}
        label={t("policy.measure.facts.replace")}
        checked={replace}
        onChange={setReplace}
      />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("policy.measure.facts.submit", { batch })}
      </button>
    </form>
  );
}
