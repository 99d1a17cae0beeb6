import type { Metadata } from 'next';
import { SignInInput } from '@/lib/auth/sign-in-input';
import { type UrlQuery, readUrlQuery } from '@/lib/url-query';
import { SignInForm } from './sign-in-form';
import styles from './page.module.css';

export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<UrlQuery> };

const SignInQuery = SignInInput.pick({ next: true });

export default async function SignInPage({ searchParams }: Props) {
  const target = readUrlQuery(SignInQuery, await searchParams).data.next;
  return (
    <section className={styles.narrow}>
      <h1>Sign in to edit</h1>
      <p className="muted">
        Reading is open to everyone; entering and correcting figures needs an editor account.
      </p>
      <SignInForm next={target} />
    </section>
  );
}
