import { withDataVersionEtag } from '@/lib/server/api/etag';
import { exportResponse } from '@/lib/server/api/export-response';

export function GET(request: Request): Promise<Response> {
  return withDataVersionEtag(request, () => exportResponse(request, 'json'));
}
