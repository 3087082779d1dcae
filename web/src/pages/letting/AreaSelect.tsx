import type { AreaOption } from "../../api-types.ts";
import { SelectField } from "../../components/fields.tsx";

/** An area of the area facts, or none (`""`, named by `noneLabel`). */
export function AreaSelect({
  id,
  name,
  label,
  noneLabel,
  areas,
  value,
  onChange,
}: {
  readonly id: string;
  /** The value's name in the API's request, for its error beside the field. */
  readonly name?: string;
  readonly label: string;
  readonly noneLabel: string;
  readonly areas: readonly AreaOption[];
  readonly value: string;
  onChange(value: string): void;
}) {
  return (
    <SelectField id={id} name={name} label={label} value={value} onChange={onChange}>
      <option value="">{noneLabel}</option>
      {areas.map((a) => (
        <option key={a.areaId} value={a.areaId}>
          {a.areaName}
        </option>
      ))}
    </SelectField>
  );
}
