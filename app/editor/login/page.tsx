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
      <h2 className={styles.subheading}>No account yet?</h2>
      <p className="muted">
        Accounts are made by whoever runs this Tally, on its server, with{' '}
        <code>npm run tally -- editor add you@example.org</code> (it asks for the password). There
        is no sign-up page: every figure entered is signed by an editor someone vouched for. Scripts
        use an API token from <code>npm run tally -- editor token you@example.org</code>.
      </p>
    </section>
  );
}
