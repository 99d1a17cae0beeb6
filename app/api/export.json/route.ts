import { withDataVersionEtag } from '@/lib/api/etag';
import { exportResponse } from '@/lib/api/export-response';

export function GET(request: Request): Promise<Response> {
  return withDataVersionEtag(request, () => exportResponse(request, 'json'));
}
