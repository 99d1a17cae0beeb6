'use server';

import { z } from 'zod';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { sessionCookieOptions } from '@/lib/server/auth/request-editor';
import { clientAddress } from '@/lib/server/http/client-address';
import { SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { signIn } from '@/lib/server/auth/sign-in';
import { waitInWords } from '@/lib/auth/sign-in-policy';
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
  const jar = await cookies();
  const result = await signIn(input.data.email, input.data.password, {
    address: await clientAddress(),
    userAgent: (await headers()).get('user-agent'),
    previousSession: jar.get(SESSION_COOKIE)?.value,
  });
  if (result.status === 'limited') {
    return {
      status: 'failed',
      message: `Too many failed sign-ins. Try again in ${waitInWords(result.retryAfterSeconds)}.`,
      values,
    };
  }
  if (result.status === 'invalid') {
    return { status: 'failed', message: 'That email and password do not match an editor.', values };
  }
  jar.set(SESSION_COOKIE, result.sessionToken, await sessionCookieOptions());
  redirect(input.data.next);
}
