import { answerPlanned } from '@/lib/server/api/etag';
import { exportPlan } from '@/lib/server/api/export-response';

export function GET(request: Request): Promise<Response> {
  return answerPlanned(request, exportPlan(request, 'csv'));
}
