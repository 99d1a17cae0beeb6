import type { ClaimFormField } from '@/lib/claims/input/form-input';
import type { FieldErrors } from '@/lib/forms';

/** The props that wire one uncontrolled field: spread them on a Field or TextField. */
export type BoundField = { name: ClaimFormField; errors?: string[]; value: string };

/** What each fieldset of the claim form gets from the form. */
export type FieldsetProps = {
  errors: FieldErrors<Record<ClaimFormField, string>>;
  /** What a field shows: what was posted last, else its default. */
  shownValue: (name: ClaimFormField) => string;
  bind: (name: ClaimFormField) => BoundField;
};
