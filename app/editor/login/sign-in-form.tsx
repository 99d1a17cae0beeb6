'use client';

import { useActionState } from 'react';
import { submitWithoutReset } from '@/app/_components/submit-without-reset';
import { IDLE } from '@/lib/forms';
import { signInAction } from './actions';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signInAction, IDLE);
  const values = state.status === 'idle' ? {} : state.values;
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form onSubmit={submitWithoutReset(action)} className="stack-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {state.status === 'failed' && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <label htmlFor="email">Email</label>
      <input
        id="email"
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={values.email}
        aria-invalid={errors.email ? true : undefined}
        aria-describedby={errors.email ? 'email-error' : undefined}
        required
      />
      {errors.email && (
        <p id="email-error" className="field-error">
          {errors.email.join(' ')}
        </p>
      )}
      <label htmlFor="password">Password</label>
      <input
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        aria-invalid={errors.password ? true : undefined}
        aria-describedby={errors.password ? 'password-error' : undefined}
        required
      />
      {errors.password && (
        <p id="password-error" className="field-error">
          {errors.password.join(' ')}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
