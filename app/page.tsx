import { Attribution } from '@/app/_components/attribution';
import { ClaimValue } from '@/app/_components/claim-value';
import Link from 'next/link';
import { listLatestClaims } from '@/lib/claims/queries';
import { listTopicsWithMetrics } from '@/lib/metrics/queries';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const topics = await listTopicsWithMetrics();
  const latest = await listLatestClaims(topics.flatMap((t) => t.metrics.map((m) => m.id)));
  return (
    <>
      <h1>Tracked figures</h1>
      <p className="muted">
        Every figure is a claim: who said it, when, and where it was published. Select a figure to
        see its quote and source.
      </p>
      {topics.map((topic) => (
        <section key={topic.slug} aria-labelledby={`topic-${topic.slug}`}>
          <h2 id={`topic-${topic.slug}`}>{topic.title}</h2>
          {topic.description && <p className="muted">{topic.description}</p>}
          <div className="card-grid">
            {topic.metrics.map((metric) => (
              <article key={metric.slug} className="card">
                <h3 className="metric-name">
                  <Link href={`/metrics/${metric.slug}`}>{metric.name}</Link>
                </h3>
                <ul className="latest">
                  {(latest.get(metric.slug) ?? []).map((claim) => (
                    <li key={claim.id}>
                      <Link href={`/claims/${claim.id}`}>
                        <ClaimValue claim={claim} />
                      </Link>{' '}
                      <Attribution claim={claim} />
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
