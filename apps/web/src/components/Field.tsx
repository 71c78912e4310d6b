import type { ReactNode } from 'react';

/** What a field hands its input: the id its label names, and the message's id once the value is refused. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** Why the server refused a value, under its input or group, as `${id}-error` that aria-describedby names. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="error">
      {error}
    </p>
  ) : null;
}

/** The aria attributes tying an input (or a fieldset) to its FieldError. */
export function controlProps(id: string, error?: string): ControlProps {
  return { id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-error` : undefined };
}

/** One labelled input with the server's message for it. */
export function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  error?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(controlProps(id, error))}
      <FieldError id={id} error={error} />
    </div>
  );
}
