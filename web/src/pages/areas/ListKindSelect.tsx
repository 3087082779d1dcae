import { useTranslation } from "react-i18next";
import { LIST_KINDS, type ListKind } from "./types.ts";

/** The list to classify by; empty means the API's default (combined letting when in force). */
export function ListKindSelect({
  id,
  value,
  onChange,
}: {
  readonly id: string;
  readonly value: ListKind | "";
  onChange(value: ListKind | ""): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {t("areas.listKind")}
      </label>
      <select
        id={id}
        className="form-select input-width-xl"
        value={value}
        onChange={(e) => onChange(e.target.value as ListKind | "")}
      >
        <option value="">{t("areas.listKinds.default")}</option>
        {LIST_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`areas.listKinds.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
