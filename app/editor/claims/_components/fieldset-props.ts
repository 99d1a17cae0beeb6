import type { ClaimInput } from '@/lib/claims/input/claim-input';
import type { FieldErrors } from '@/lib/forms';

/** What each fieldset of the claim form gets: the errors by field, and what each field shows. */
export type FieldsetProps = {
  errors: FieldErrors<ClaimInput & { reason: string }>;
  shownValue: (name: string) => string;
};
