import { useTranslation } from "react-i18next";
import type { DecisionPreview, DecisionRecord } from "../../api-types.ts";
import { LetterDownload } from "./LetterDownload.tsx";
import { LetterPreview, PreviewWarnings } from "./LetterPreview.tsx";

function alertClass(result: string): string {
  if (result === "rejected" || result === "refused") return "alert-warning";
  return result === "approved" || result === "granted" ? "alert-success" : "alert-info";
}

/**
 * "Se resultat": what the decision would be, not stored, with the letter it would get and what
 * stands before sending it. The status region stays in place while empty, so a new result is read out.
 */
export function PreviewResult({
  preview,
}: {
  readonly preview:
    | (Pick<DecisionPreview, "result" | "letter" | "warnings"> & { readonly replacementOffer?: boolean })
    | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {preview ? (
          <div className={`alert mt-4 ${alertClass(preview.result)}`} data-testid="preview-result">
            <div className="alert-body">
              <p className="alert-heading">
                {t("letting.preview.heading", {
                  result: t(`letting.results.${preview.result}`, { defaultValue: preview.result }),
                })}
              </p>
              <p className="alert-text">
                {preview.result === "rejected"
                  ? preview.replacementOffer
                    ? t("letting.combined.replacementYes")
                    : t("letting.combined.replacementNo")
                  : null}{" "}
                {t("letting.preview.notStored")}
              </p>
            </div>
          </div>
        ) : null}
      </div>
      {preview ? (
        <>
          <PreviewWarnings warnings={preview.warnings} />
          {preview.letter ? (
            <>
              <h3 className="mt-6">{t("letting.preview.letter")}</h3>
              <LetterPreview letter={preview.letter} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** A decision just stored: its number and result, then the letter to a named citizen. */
export function DecisionResult({ decision }: { readonly decision: DecisionRecord | null }) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {decision ? (
          <div className={`alert mt-4 ${alertClass(decision.result)}`} data-testid="decision-result">
            <div className="alert-body">
              <p className="alert-heading">
                {t("letting.combined.resultHeading", {
                  id: decision.id,
                  result: t(`letting.results.${decision.result}`, { defaultValue: decision.result }),
                })}
              </p>
              <p className="alert-text">
                {decision.result === "rejected"
                  ? decision.decision.replacementOffer
                    ? t("letting.combined.replacementYes")
                    : t("letting.combined.replacementNo")
                  : null}{" "}
                {decision.supersedes ? t("letting.chain.corrects", { id: decision.supersedes.id }) : null}
              </p>
            </div>
          </div>
        ) : null}
      </div>
      {decision ? <LetterDownload decisionId={decision.id} /> : null}
    </>
  );
}
