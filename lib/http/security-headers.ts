/** Pages under this path are made to be framed by other sites (the next issues add them). */
export const EMBED_PREFIX = '/embed/';

export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(EMBED_PREFIX);
}

/** HTTPS as the browser sees it: the public origin says so, or the (trusted) request came so. */
export function servedOverHttps(protocol: string | null | undefined, publicUrl?: string): boolean {
  return publicUrl?.startsWith('https:') === true || protocol === 'https';
}

// Everything a browser can be asked to allow that Tally never uses.
const PERMISSIONS_OFF = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Two years, as the HSTS preload list asks; subdomains of Tally's own host are its own. */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The headers every answer carries, pages or not (the CSP comes from proxy.ts, which alone knows
 * the page's nonce). Framing is refused except under /embed/.
 */
export function baseSecurityHeaders(pathname: string, https: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', '),
    'cross-origin-opener-policy': 'same-origin',
  };
  if (!isEmbedPath(pathname)) headers['x-frame-options'] = 'DENY';
  if (https) headers['strict-transport-security'] = HSTS;
  return headers;
}

export type CspOptions = {
  /** A fresh random value per request: only scripts that carry it run. */
  nonce: string;
  pathname: string;
  https: boolean;
  /** `next dev` evaluates code and injects styles for its overlay; a built app does neither. */
  development?: boolean;
};

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's nonce (Next puts it
 * on its own scripts), and what they load ('strict-dynamic'); no eval. Styles come from the
 * app's own files; only style attributes are inline (React and Recharts set them on elements).
 */
export function contentSecurityPolicy(options: CspOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${nonce} 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${options.development ? "'unsafe-inline'" : nonce}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    // The extractor runs in a Web Worker, which bundlers may start from a blob: URL.
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${isEmbedPath(options.pathname) ? '*' : "'none'"}`,
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** A nonce: 128 random bits in base64, as CSP's nonce-source allows. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
