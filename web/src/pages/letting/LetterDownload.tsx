import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { SelectField, TextAreaField, TextField } from "../../components/fields.tsx";
import { useSubmission } from "../../useSubmission.ts";

/**
 * The letter of a stored decision to a named citizen: name and address are typed here and sent in
 * the request body (never stored, never in a URL); PDF to print, or accessible HTML; Danish or
 * English as the citizen asks.
 */
export function LetterDownload({ decisionId }: { readonly decisionId: number }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const [language, setLanguage] = useState<"da" | "en">("da");
  const [format, setFormat] = useState<"pdf" | "html">("pdf");
  const { busy, error, run } = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const blob = await run(
      async () =>
        (await api.POST("/api/letting/decisions/{id}/letter", {
          params: { path: { id: decisionId } },
          body: {
            language,
            format,
            recipient: {
              name,
              address: address
                .split("\n")
                .map((l) => l.trim())
                .filter((l) => l !== ""),
            },
          },
          parseAs: "blob",
        })) as unknown as Blob,
    );
    if (blob === undefined) return;
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `afgoerelse-${decisionId}.${format}`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-6" data-testid="letter-download">
      <fieldset>
        <legend className="h3">{t("letting.download.title", { id: decisionId })}</legend>
        <p className="form-hint">{t("letting.download.hint")}</p>
        <TextField
          id={`ld-name-${decisionId}`}
          label={t("letting.download.name")}
          value={name}
          onChange={setName}
        />
        <TextAreaField
          id={`ld-address-${decisionId}`}
          rows={3}
          width="input-width-l"
          label={t("letting.download.address")}
          hint={t("letting.download.addressHint")}
          value={address}
          onChange={setAddress}
        />
        <div className="d-flex flex-wrap">
          <SelectField
            id={`ld-language-${decisionId}`}
            groupClassName="form-group mr-5"
            label={t("letting.download.language")}
            value={language}
            onChange={(v) => setLanguage(v === "en" ? "en" : "da")}
          >
            <option value="da">Dansk</option>
            <option value="en">English</option>
          </SelectField>
          <SelectField
            id={`ld-format-${decisionId}`}
            label={t("letting.download.format")}
            value={format}
            onChange={(v) => setFormat(v === "html" ? "html" : "pdf")}
          >
            <option value="pdf">{t("letting.download.pdf")}</option>
            <option value="html">{t("letting.download.html")}</option>
          </SelectField>
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("letting.busy") : t("letting.download.submit")}
        </button>
      </fieldset>
      <ErrorAlert error={error} />
    </form>
  );
}
