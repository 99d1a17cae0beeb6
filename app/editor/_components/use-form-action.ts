import { type FormEvent, startTransition, useActionState } from 'react';
import { type FieldErrors, type FormState, type FormValues, IDLE, formView } from '@/lib/forms';

type FormAction<T, Done> = (
  state: FormState<T, Done>,
  data: FormData,
) => Promise<FormState<T, Done>>;

/**
 * The one way every form posts. React resets a form after its action returns, controlled selects
 * included, and a rejected form must keep what was typed: so the form submits through `onSubmit`,
 * which runs the action without the reset, and fields render `defaultValue={shownValue(name)}`, the
 * values the action echoed back, so a field that mounts later shows them too.
 */
export function useFormAction<T, Done = never>(
  action: FormAction<T, Done>,
  defaults: FormValues = {},
): {
  state: FormState<T, Done>;
  values: FormValues;
  errors: FieldErrors<T>;
  pending: boolean;
  shownValue: (name: string) => string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
} {
  const [state, dispatch, pending] = useActionState<FormState<T, Done>, FormData>(action, IDLE);
  const { values, errors } = formView(state);
  return {
    state,
    values,
    errors,
    pending,
    shownValue: (name) => values[name] ?? defaults[name] ?? '',
    onSubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget);
      startTransition(() => dispatch(data));
    },
  };
}
