// Accessible form fields: a visible label, an optional hint, and an error linked by aria-describedby.
// Work with react-hook-form's register() (pass its props through) and as plain form fields.
import { forwardRef, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

type Common = {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  name: string;
  /** Set to false where every field is optional (filters, search), so "(valgfrit)" would only be noise. */
  optionalLabel?: boolean;
};

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-base font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

const inputClass =
  "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink aria-[invalid=true]:border-danger-700 aria-[invalid=true]:border-2";

/** The attributes every labelled control shares: id, name, invalid state and the describedby links. */
function controlProps(fieldId: string, { name, hint, error, required }: Pick<Common, "name" | "hint" | "error"> & { required?: boolean }) {
  return {
    id: fieldId,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(fieldId, hint, error),
    "aria-required": required || undefined,
    className: inputClass,
  };
}

/** Label above the control, hint and error below it. */
function LabelledField({
  fieldId,
  label,
  hint,
  error,
  required,
  optionalLabel = true,
  children,
}: {
  fieldId: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  optionalLabel?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block font-medium">
        {label}
        {required || !optionalLabel ? null : <span className="font-normal text-muted"> (valgfrit)</span>}
      </label>
      {children}
      <FieldMessages id={fieldId} hint={hint} error={error} />
    </div>
  );
}

export const TextField = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(function TextField(
  { label, hint, error, id, name, required, optionalLabel, ...rest },
  ref,
) {
  const fieldId = id ?? `felt-${name}`;
  return (
    <LabelledField fieldId={fieldId} label={label} hint={hint} error={error} required={required} optionalLabel={optionalLabel}>
      <input ref={ref} {...controlProps(fieldId, { name, hint, error, required })} {...rest} />
    </LabelledField>
  );
});

export const TextArea = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea(
  { label, hint, error, id, name, required, optionalLabel, ...rest },
  ref,
) {
  const fieldId = id ?? `felt-${name}`;
  return (
    <LabelledField fieldId={fieldId} label={label} hint={hint} error={error} required={required} optionalLabel={optionalLabel}>
      <textarea ref={ref} {...controlProps(fieldId, { name, hint, error, required })} {...rest} />
    </LabelledField>
  );
});

export const SelectField = forwardRef<
  HTMLSelectElement,
  Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }
>(function SelectField({ label, hint, error, id, name, required, optionalLabel, options, placeholder, ...rest }, ref) {
  const fieldId = id ?? `felt-${name}`;
  return (
    <LabelledField fieldId={fieldId} label={label} hint={hint} error={error} required={required} optionalLabel={optionalLabel}>
      <select ref={ref} {...controlProps(fieldId, { name, hint, error, required })} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
});

/** A checkbox whose label can be long (e.g. a consent text shown in full). */
export const CheckboxField = forwardRef<
  HTMLInputElement,
  Omit<Common, "label" | "optionalLabel"> & InputHTMLAttributes<HTMLInputElement> & { label: React.ReactNode }
>(function CheckboxField({ label, hint, error, id, name, ...rest }, ref) {
  const fieldId = id ?? `felt-${name}`;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-3">
        <input
          ref={ref}
          type="checkbox"
          id={fieldId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(fieldId, hint, error)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          {...rest}
        />
        <label htmlFor={fieldId}>{label}</label>
      </div>
      <FieldMessages id={fieldId} hint={hint} error={error} />
    </div>
  );
});

/** Hidden from people and assistive technology; bots fill it in. The server refuses when it is set. */
export function HoneypotField({ name = "website" }: { name?: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
      <label htmlFor={`felt-${name}`}>Lad dette felt være tomt</label>
      <input id={`felt-${name}`} name={name} type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
