'use server';

import { z } from 'zod';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIp, sessionCookieOptions } from '@/lib/server/auth/request-editor';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { signIn } from '@/lib/server/auth/sign-in';
import { SignInInput } from '@/lib/auth/sign-in-input';
import { type FormState, formValues } from '@/lib/forms';

export async function signInAction(
  _previous: FormState<SignInInput>,
  formData: FormData,
): Promise<FormState<SignInInput>> {
  const values = formValues(formData);
  delete values.password;
  const input = SignInInput.safeParse(Object.fromEntries(formData));
  if (!input.success) {
    return { status: 'invalid', fieldErrors: z.flattenError(input.error).fieldErrors, values };
  }
  const result = await signIn(input.data.email, input.data.password, await clientIp());
  if (result.status === 'limited') {
    return {
      status: 'failed',
      message: `Too many failed sign-ins. Try again in ${result.retryAfterSeconds} seconds.`,
      values,
    };
  }
  if (result.status === 'invalid') {
    return { status: 'failed', message: 'That email and password do not match an editor.', values };
  }
  (await cookies()).set(SESSION_COOKIE, result.sessionToken, await sessionCookieOptions());
  redirect(input.data.next);
}
