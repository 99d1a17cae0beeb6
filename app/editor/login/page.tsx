import type { Metadata } from 'next';
import { SignInInput } from '@/lib/auth/sign-in-input';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = SignInInput.shape.next.parse(Array.isArray(next) ? next[0] : next);
  return (
    <section className="narrow">
      <h1>Sign in to edit</h1>
      <p className="muted">
        Reading is open to everyone; entering and correcting figures needs an editor account.
      </p>
      <SignInForm next={target} />
    </section>
  );
}
