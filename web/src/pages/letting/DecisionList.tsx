import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import type { DecisionRecord, ReplayReport } from "../../api-types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextAreaField } from "../../components/fields.tsx";
import { useApi } from "../../useApi.ts";
import { useSubmission } from "../../useSubmission.ts";
import { LetterDownload } from "./LetterDownload.tsx";
import { areaName, useAreaOptions } from "./useAreaOptions.ts";

type Summary = Pick<DecisionRecord, "id" | "supersedes" | "supersededBy">;

/** Where a decision stands in its chain: what it corrects or annuls, what corrected or annulled it. */
function ChainText({ decision }: { readonly decision: Summary }) {
  const { t } = useTranslation();
  const parts = [
    decision.supersedes
      ? t(`letting.chain.${decision.supersedes.kind === "annulment" ? "annuls" : "corrects"}`, {
          id: decision.supersedes.id,
        })
      : null,
    decision.supersededBy
      ? t(`letting.chain.${decision.supersededBy.kind === "annulment" ? "annulledBy" : "correctedBy"}`, {
          id: decision.supersededBy.id,
        })
      : null,
  ].filter((p): p is string => p !== null);
  return <>{parts.length === 0 ? "–" : parts.join("; ")}</>;
}

/** Annuls a decision by a new one, with the reason the caseworker gives. */
function AnnulForm({ id, onDone }: { readonly id: number; onDone(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const { busy, error, run } = useSubmission();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const record = await run(() =>
      api.POST("/api/letting/decisions/{id}/annulment", { params: { path: { id } }, body: { reason } }),
    );
    if (record !== undefined) onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-4" data-testid="annul-form">
      <TextAreaField
        id={`annul-reason-${id}`}
        rows={2}
        width="input-width-l"
        label={t("letting.chain.annulReason", { id })}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t("letting.chain.annulSubmit", { id })}
      </button>
      <ErrorAlert error={error} />
    </form>
  );
}

/**
 * Stored combined-letting decisions with their chain of corrections and annulments, replay, the
 * letter, and the two ways to change a decision: a correction (a new decision in the form above)
 * or an annulment. Every load is audited by the API.
 */
export function DecisionList({
  refresh,
  onCorrect,
}: {
  readonly refresh: number;
  onCorrect(id: number): void;
}) {
  const { t } = useTranslation();
  const { data, error, reload } = useApi("/api/letting/decisions", {
    params: { query: { kind: "combined_letting" } },
  });
  useEffect(() => {
    if (refresh > 0) reload();
  }, [refresh, reload]);
  const areas = useAreaOptions();
  const [replay, setReplay] = useState<ReplayReport | null>(null);
  const [letterFor, setLetterFor] = useState<number | null>(null);
  const [annulling, setAnnulling] = useState<number | null>(null);
  const replaying = useSubmission();
  return (
    <>
      <h2 className="mt-8">{t("letting.combined.stored")}</h2>
      <ErrorAlert error={error ?? replaying.error} />
      {data && data.decisions.length === 0 ? <p>{t("letting.combined.none")}</p> : null}
      {data && data.decisions.length > 0 ? (
        <div className="table--responsive-scroll">
          <table className="table table--zebra table--compact" data-testid="decision-list">
            <caption>{t("letting.combined.storedCaption", { count: data.decisions.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("letting.number")}</th>
                <th scope="col">{t("letting.applicationDate")}</th>
                <th scope="col">{t("letting.area")}</th>
                <th scope="col">{t("letting.pseudonym")}</th>
                <th scope="col">{t("letting.result")}</th>
                <th scope="col">{t("letting.ruleVersion")}</th>
                <th scope="col">{t("letting.chain.column")}</th>
                <th scope="col">{t("letting.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.id}</th>
                  <td>{d.decisionDate}</td>
                  <td>{areaName(areas, d.areaId)}</td>
                  <td>{d.subjectPseudonym}</td>
                  <td>{t(`letting.results.${d.result}`, { defaultValue: d.result })}</td>
                  <td>
                    <code>{d.ruleVersion}</code>
                  </td>
                  <td data-testid={`chain-${d.id}`}>
                    <ChainText decision={d} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t("letting.combined.replayOne", { id: d.id })}
                      onClick={async () => {
                        const report = await replaying.run(() =>
                          api.GET("/api/letting/decisions/{id}/replay", { params: { path: { id: d.id } } }),
                        );
                        if (report !== undefined) setReplay(report);
                      }}
                    >
                      {t("letting.combined.replay")}
                    </button>
                    <button
                      type="button"
                      className="button button-tertiary ml-2"
                      aria-label={t("letting.combined.letterOne", { id: d.id })}
                      onClick={() => setLetterFor(d.id)}
                    >
                      {t("letting.combined.letterAction")}
                    </button>
                    {d.supersededBy || d.supersedes?.kind === "annulment" ? null : (
                      <>
                        <button
                          type="button"
                          className="button button-tertiary ml-2"
                          aria-label={t("letting.chain.correctOne", { id: d.id })}
                          onClick={() => onCorrect(d.id)}
                        >
                          {t("letting.chain.correct")}
                        </button>
                        <button
                          type="button"
                          className="button button-tertiary ml-2"
                          aria-label={t("letting.chain.annulOne", { id: d.id })}
                          onClick={() => setAnnulling(d.id)}
                        >
                          {t("letting.chain.annul")}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {annulling === null ? null : (
        <AnnulForm
          key={annulling}
          id={annulling}
          onDone={() => {
            setAnnulling(null);
            reload();
          }}
        />
      )}
      {letterFor === null ? null : <LetterDownload key={letterFor} decisionId={letterFor} />}
      <div role="status" data-testid="replay-result">
        {replay ? (
          <div className={`alert ${replay.kind === "identical" ? "alert-success" : "alert-warning"} mt-4`}>
            <div className="alert-body">
              <p className="alert-heading">
                {replay.kind === "identical"
                  ? t("letting.combined.identical", { id: replay.id })
                  : t("letting.combined.different", { id: replay.id })}
              </p>
              <p className="alert-text">{replay.summary}</p>
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
