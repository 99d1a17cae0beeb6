import { type FormEvent, startTransition } from 'react';

/**
 * An onSubmit handler that runs a form action without React's reset. React resets a form after an
 * action returns, controlled selects included, and a rejected form must keep what was typed.
 */
export function submitWithoutReset(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
