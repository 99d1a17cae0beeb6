/** A warning an editor must confirm before a save goes through (an entry check that fired). */
export type FormWarning = { check: string; message: string };

/** The one state type of every form: what a Server Action returns to `useActionState`. */
export type FormState<T> =
  | { status: 'idle' }
  | {
      status: 'invalid';
      fieldErrors: Partial<Record<keyof T | string, string[]>>;
      values: Record<string, string>;
    }
  | { status: 'failed'; message: string; values: Record<string, string> }
  | {
      status: 'confirm';
      warnings: FormWarning[];
      confirmKey: string;
      values: Record<string, string>;
    };

export const IDLE = { status: 'idle' } as const;

/** The text fields a form posted, echoed back so a rejected form keeps what was typed. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/** What a form shows in each state: the values to refill, and the errors by field. */
export function formView<T>(state: FormState<T>) {
  return {
    values: state.status === 'idle' ? {} : state.values,
    errors: (state.status === 'invalid' ? state.fieldErrors : {}) as Partial<
      Record<string, string[]>
    >,
  };
}
