import { useTranslation } from "react-i18next";
import type { PreviewWarning, SendableLetter } from "../../api-types.ts";

/** The letter as the citizen will read it, laid out as a page: blocks, headings, lists. */
export function LetterPreview({ letter }: { readonly letter: SendableLetter }) {
  const { t } = useTranslation();
  return (
    <article
      aria-label={t("letting.letter")}
      data-testid="letter-text"
      lang={letter.language}
      className="mt-4"
      style={{ border: "1px solid #bfbfbf", padding: "2rem", maxWidth: "76rem", background: "#fff" }}
    >
      <div className="d-flex flex-wrap" style={{ justifyContent: "space-between", gap: "1.5rem" }}>
        <address style={{ fontStyle: "normal" }}>
          {letter.recipient.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </address>
        <address style={{ fontStyle: "normal", fontSize: "1.4rem" }}>
          {letter.sender.map((l) => (
            <div key={l}>{l}</div>
          ))}
          {letter.meta.map((m) => (
            <div key={m.label}>
              <strong>{m.label}:</strong> {m.value}
            </div>
          ))}
        </address>
      </div>
      <h4 className="h3 mt-6">{letter.title}</h4>
      {letter.sections.map((s) => (
        <section key={s.heading}>
          <h5 className="h4 mt-5">{s.heading}</h5>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.items && s.items.length > 0 ? (
            <ul>
              {s.items.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p className="mt-5">
        {letter.closing.map((l) => (
          <span key={l} className="d-block">
            {l}
          </span>
        ))}
      </p>
    </article>
  );
}

/** What stands before the letter can be sent: each warning in the UI's language. */
export function PreviewWarnings({ warnings }: { readonly warnings: readonly PreviewWarning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="alert alert-warning mt-4" data-testid="preview-warnings">
      <div className="alert-body">
        <p className="alert-heading">{t("letting.preview.warningsHeading")}</p>
        <ul className="alert-text">
          {warnings.map((w) => (
            <li key={w.code}>{t(`letting.preview.warnings.${w.code}`, { defaultValue: w.message })}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
