import { useTranslation } from "react-i18next";
import type { ListKind } from "../../api-types.ts";
import { SelectField } from "../../components/fields.tsx";

/** Every list the API classifies by, in the order offered; a record, so a new kind in the API must be added. */
const OFFERED: Record<ListKind, true> = {
  combined_letting: true,
  vulnerable_areas: true,
  copenhagen_typology: true,
};
const LIST_KINDS = Object.keys(OFFERED) as ListKind[];

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
    <SelectField
      id={id}
      label={t("areas.listKind")}
      width="input-width-xl"
      value={value}
      onChange={(v) => onChange(v as ListKind | "")}
    >
      <option value="">{t("areas.listKinds.default")}</option>
      {LIST_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`areas.listKinds.${kind}`)}
        </option>
      ))}
    </SelectField>
  );
}
