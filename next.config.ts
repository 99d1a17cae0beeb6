import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // /editor/import uploads whole files through a Server Action; the CLI takes 100 MB files too.
    serverActions: { bodySizeLimit: '110mb' },
  },
};

export default nextConfig;
