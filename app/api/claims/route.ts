import type {
  ClaimAlreadyPresent,
  ClaimAppearanceAdded,
  ClaimCreated,
} from '@/lib/api/response-schemas';
import { readJsonBody } from '@/lib/api/request-body';
import {
  databaseBusyResponse,
  invalidResponse,
  unauthorizedResponse,
  unavailableResponse,
  zodInvalidResponse,
} from '@/lib/api/responses';
import { editorForRequest } from '@/lib/server/auth/request-editor';
import { checkClaimAtEntry } from '@/lib/server/claims/entry-checks';
import { InputError, isDatabaseBusy } from '@/lib/errors';
import { ClaimInput } from '@/lib/claims/input/claim-input';
import { createClaims } from '@/lib/server/claims/mutations';
import { getClaim } from '@/lib/server/claims/queries';

/**
 * POST /api/claims (DESIGN.md): one claim keyed by the CSV columns; entry checks come back as
 * warnings. A write that waited DATABASE_BUSY_TIMEOUT_MS for other writers (at any step, the
 * session's own bookkeeping included) answers 503 `database_busy`, with nothing written.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    return await createClaim(request);
  } catch (error) {
    if (isDatabaseBusy(error)) return databaseBusyResponse();
    throw error;
  }
}

async function createClaim(request: Request): Promise<Response> {
  const editor = await editorForRequest(request);
  if (!editor) return unauthorizedResponse();
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return invalidResponse({ body: ['Send one JSON object keyed by the CSV columns'] });
  }
  const input = ClaimInput.safeParse(body.value);
  if (!input.success) return zodInvalidResponse(input.error);

  const warnings = await checkClaimAtEntry(input.data);
  try {
    const [outcome] = await createClaims(
      [input.data],
      { editorId: editor.id },
      { entryWarnings: [warnings] },
    );
    const claim = outcome && (await getClaim(outcome.id));
    if (!outcome || !claim) throw new Error('the claim just written cannot be read back');
    if (outcome.status === 'present') {
      return Response.json({
        claim,
        warnings,
        already_present: true,
        appearance_added: false,
      } satisfies ClaimAlreadyPresent);
    }
    if (outcome.status === 'appearance') {
      return Response.json({
        claim,
        warnings,
        already_present: false,
        appearance_added: true,
      } satisfies ClaimAppearanceAdded);
    }
    return Response.json(
      { claim, warnings, already_present: false, appearance_added: false } satisfies ClaimCreated,
      { status: 201 },
    );
  } catch (error) {
    if (error instanceof InputError) return invalidResponse(error.fields);
    if (isDatabaseBusy(error)) return databaseBusyResponse();
    // The transaction rolled back, so nothing was written; the client may retry.
    console.error(error);
    return unavailableResponse();
  }
}
