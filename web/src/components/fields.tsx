import {
  type CSSProperties,
  createContext,
  type FormHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
  type Ref,
  useContext,
  useMemo,
} from "react";
import { type FieldErrorLookup, fieldErrorLookup } from "../fieldErrors.ts";

/**
 * DKFDS form fields, the one way a form asks for something: every control has its label, and its
 * hint and error message are tied to it (aria-describedby), so a screen reader reads them with it.
 */
interface FieldProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly hint?: string | undefined;
  /** What is wrong with the value; marks the field and its control as invalid. */
  readonly error?: string | null | undefined;
  /** The form group's classes: `form-group` unless given (e.g. `form-group mr-5` in a row of fields). */
  readonly groupClassName?: string;
  /** The label is for screen readers only, where the field's place already says what it is for. */
  readonly hiddenLabel?: boolean;
  /**
   * The field's name in the API's request (`areaId`, or `application.areaId`): inside a `Form`,
   * the API's message for that value is shown beside the field.
   */
  readonly name?: string;
  /**
   * Another value of the request that this field is where a person fixes (an id the form makes
   * from a name): its refusal is shown here too, and the error summary links here.
   */
  readonly alsoFor?: string;
}

const FieldErrors = createContext<FieldErrorLookup>(() => undefined);

/**
 * A form whose fields show the API's refusal beside themselves: give it the `useSubmission` that
 * sends it, and each field its `name`. The browser's own checks are off (`noValidate`): the
 * messages are udsyn's, in the user's language, in one place.
 */
export function Form({
  submission,
  children,
  ...form
}: FormHTMLAttributes<HTMLFormElement> & {
  readonly submission: { readonly error: Error | undefined };
  readonly children: ReactNode;
}) {
  const lookup = useMemo(() => fieldErrorLookup(submission.error), [submission.error]);
  return (
    <form noValidate {...form}>
      <FieldErrors.Provider value={lookup}>{children}</FieldErrors.Provider>
    </form>
  );
}

/** The field's own error, else the API's for its name. */
function useFieldError(field: FieldProps): FieldProps {
  const lookup = useContext(FieldErrors);
  const fromApi = lookup(field.name) ?? lookup(field.alsoFor);
  return field.error || fromApi === undefined ? field : { ...field, error: fromApi };
}

function classes(...names: readonly (string | false | null | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

/** The attributes that tie a control to its field's hint and error. */
function describing({ id, hint, error }: FieldProps) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": classes(hint && `${id}-hint`, error && `${id}-error`),
  } as const;
}

function Field({
  id,
  label,
  hint,
  error,
  groupClassName = "form-group",
  hiddenLabel,
  name,
  alsoFor,
  children,
}: FieldProps & { readonly children: ReactNode }) {
  return (
    <div
      className={classes(groupClassName, error && "form-error")}
      data-field={name}
      data-field-also={alsoFor}
    >
      <label className={classes("form-label", hiddenLabel && "sr-only")} htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = "text",
  width = "input-width-m",
  required,
  disabled,
  inputMode,
  pattern,
  autoComplete,
  ...props
}: FieldProps & {
  readonly value: string;
  onChange(value: string): void;
  readonly type?: "text" | "date" | "number" | "search" | "password";
  /** DKFDS width class (`input-width-s` …); empty for the default width. */
  readonly width?: string;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  readonly pattern?: string;
  readonly autoComplete?: string;
}) {
  const field = useFieldError(props);
  return (
    <Field {...field}>
      <input
        id={field.id}
        name={field.name}
        type={type}
        className={classes("form-input", width)}
        value={value}
        required={required}
        disabled={disabled}
        inputMode={inputMode}
        pattern={pattern}
        autoComplete={autoComplete}
        {...describing(field)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

export function TextAreaField({
  value,
  onChange,
  rows,
  width,
  style,
  ref,
  ...props
}: FieldProps & {
  readonly value: string;
  onChange(value: string): void;
  readonly rows: number;
  readonly width?: string;
  readonly style?: CSSProperties;
  readonly ref?: Ref<HTMLTextAreaElement>;
}) {
  const field = useFieldError(props);
  return (
    <Field {...field}>
      <textarea
        ref={ref}
        id={field.id}
        name={field.name}
        className={classes("form-input", width)}
        style={style}
        rows={rows}
        value={value}
        {...describing(field)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

export function SelectField({
  value,
  onChange,
  width,
  required,
  children,
  ...props
}: FieldProps & {
  readonly value: string;
  onChange(value: string): void;
  readonly width?: string;
  readonly required?: boolean;
  readonly children: ReactNode;
}) {
  const field = useFieldError(props);
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={field.name}
        className={classes("form-select", width)}
        value={value}
        required={required}
        {...describing(field)}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </Field>
  );
}

/** A file to upload; the form reads it through `ref` when it is sent. */
export function FileField({
  accept,
  ref,
  ...props
}: FieldProps & { readonly accept: string; readonly ref: Ref<HTMLInputElement> }) {
  const field = useFieldError(props);
  return (
    <Field {...field}>
      <input
        ref={ref}
        id={field.id}
        name={field.name}
        type="file"
        className="form-file-input"
        accept={accept}
        {...describing(field)}
      />
    </Field>
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

/** One choice of a radio group; the group is a fieldset whose legend asks the question. */
export function RadioField({
  id,
  name,
  value,
  label,
  checked,
  onChange,
}: {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly label: string;
  readonly checked: boolean;
  onChange(): void;
}) {
  return (
    <div className="form-group-radio">
      <input
        type="radio"
        className="form-radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange()}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
