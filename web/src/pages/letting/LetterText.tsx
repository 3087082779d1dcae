import { useTranslation } from "react-i18next";

/** A justification letter as the caseworker will send it: its own lines and blank lines kept. */
export function LetterText({ text, id }: { readonly text: string; readonly id?: string }) {
  const { t } = useTranslation();
  return (
    <section aria-label={t("letting.letter")} className="mt-4">
      <div
        id={id}
        data-testid="letter-text"
        style={{
          whiteSpace: "pre-wrap",
          border: "1px solid #bfbfbf",
          padding: "1.5rem",
          maxWidth: "76rem",
          background: "#fff",
          fontSize: "1.5rem",
          lineHeight: 1.5,
        }}
      >
        {text}
      </div>
    </section>
  );
}
