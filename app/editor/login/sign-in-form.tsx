'use client';

import { FormStatus } from '@/app/editor/_components/form-status';
import { TextField } from '@/app/editor/_components/field';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { signInAction } from './actions';

export function SignInForm({ next }: { next: string }) {
  const { state, errors, pending, shownValue, onSubmit } = useFormAction(signInAction);
  return (
    <form onSubmit={onSubmit} className="stack-form" noValidate>
      <input type="hidden" name="next" value={next} />
      {/* The fields name their own errors; a refused sign-in says why above them. */}
      <FormStatus state={state} invalid={null} />
      <TextField
        type="email"
        name="email"
        label="Email"
        errors={errors.email}
        value={shownValue('email')}
        input={{ autoComplete: 'username', required: true }}
      />
      <TextField
        type="password"
        name="password"
        label="Password"
        errors={errors.password}
        input={{ autoComplete: 'current-password', required: true }}
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
