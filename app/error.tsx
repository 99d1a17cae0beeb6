'use client';

/** Shown when a page cannot load, most often because the database cannot be reached. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  return (
    <section role="alert">
      <h1>The figures cannot be loaded right now</h1>
      <p>
        The database did not answer. Nothing you were reading has changed; try again in a moment.
      </p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  );
}
