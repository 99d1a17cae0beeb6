import { InputError } from '@/lib/errors';
import type { EntryWarning } from '@/lib/claims/checks';

/** The text fields a form posted, by field name. */
export type FormValues = Record<string, string>;

/**
 * Error messages by field, as the forms show them and the API's 400 body lists them. A form's are
 * keyed by the names of its fields (`T`'s keys), never any string; without `T`, any key.
 */
export type FieldErrors<T = Record<string, unknown>> = Partial<Record<keyof T & string, string[]>>;

/**
 * The one state type of every form: what a Server Action returns to `useActionState`. `T` is the
 * shape the action parses (its keys name the fields errors can belong to); `Done` is what a step
 * that succeeds without redirecting shows, such as an import's preview. Every state after a post
 * echoes the posted values, so a rejected form keeps what was typed.
 */
export type FormState<T, Done = never> =
  | { status: 'idle' }
  | InvalidState<T>
  | FailedState
  | ConfirmState
  | ([Done] extends [never] ? never : { status: 'done'; result: Done; values: FormValues });

type InvalidState<T> = { status: 'invalid'; fieldErrors: FieldErrors<T>; values: FormValues };
type FailedState = { status: 'failed'; message: string; values: FormValues };
type ConfirmState = {
  status: 'confirm';
  warnings: EntryWarning[];
  confirmKey: string;
  values: FormValues;
};

export const IDLE = { status: 'idle' } as const;

/** The text fields a form posted, echoed back so a rejected form keeps what was typed. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/** What a form shows in each state: the values to refill, and the errors by field. */
export function formView<T, Done>(
  state: FormState<T, Done>,
): { values: FormValues; errors: FieldErrors<T> } {
  return {
    values: state.status === 'idle' ? {} : state.values,
    errors: state.status === 'invalid' ? state.fieldErrors : {},
  };
}

/**
 * Warnings that need the editor's confirmation, or null when there are none or the editor has
 * confirmed these very warnings (the form posts back the key it was shown).
 */
export function unconfirmedWarnings(
  warnings: EntryWarning[],
  values: FormValues,
): ConfirmState | null {
  const confirmKey = warnings.map((w) => `${w.check}:${w.message}`).join('\n');
  if (warnings.length === 0 || values.confirm_warnings === confirmKey) return null;
  return { status: 'confirm', warnings, confirmKey, values };
}

/**
 * Bad input found while writing (an InputError, such as an unknown source) as the form's state:
 * invalid, like a schema error, when every field it names is one of the form's `fields`; failed,
 * with its messages, when it names one the form does not show (a claim's status), since an invalid
 * state would then mark nothing. Anything else is a programming error and is thrown on.
 */
export function invalidStateOf<F extends string>(
  error: unknown,
  values: FormValues,
  fields: readonly F[],
): InvalidState<Record<F, string>> | FailedState {
  if (!(error instanceof InputError)) throw error;
  const fieldErrors: FieldErrors<Record<F, string>> = {};
  const unshown: string[] = [];
  for (const [key, messages = []] of Object.entries(error.fields)) {
    if (isOneOf(key, fields)) fieldErrors[key] = messages;
    else unshown.push(...messages);
  }
  if (unshown.length === 0) return { status: 'invalid', fieldErrors, values };
  // A failed state marks no field, so it says the fields' own messages too, after the others.
  const marked = Object.values(fieldErrors).flatMap((messages) => messages ?? []);
  return { status: 'failed', message: [...unshown, ...marked].join(' '), values };
}

function isOneOf<F extends string>(key: string, fields: readonly F[]): key is F {
  return (fields as readonly string[]).includes(key);
}
