import { exportResponse } from '@/lib/api/export-response';

export function GET(request: Request): Promise<Response> {
  return exportResponse(request, 'json');
}
