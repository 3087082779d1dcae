import type { ReactNode } from "react";

/** Small DKFDS form pieces shared by the letting forms: every input has its label. */
export function TextField({
  id,
  label,
  value,
  onChange,
  type = "text",
  hint,
  width = "input-width-m",
  required,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly type?: "text" | "date" | "number";
  readonly hint?: string;
  readonly width?: string;
  readonly required?: boolean;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <input
        id={id}
        type={type}
        className={`form-input ${width}`}
        value={value}
        required={required}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div className="form-group-checkbox">
      <input
        id={id}
        type="checkbox"
        className="form-checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly children: ReactNode;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

export function BenefitMonthsField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  onChange(value: string): void;
  readonly error?: string | undefined;
}) {
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      <textarea
        id={id}
        className="form-input input-width-l"
        rows={5}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
