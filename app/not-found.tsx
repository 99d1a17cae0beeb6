import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no figure, metric or source at this address.</p>
      <p>
        <Link href="/">See every tracked figure</Link>
      </p>
    </>
  );
}
