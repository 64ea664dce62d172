// Which placement or provider a document or email form is about, by the scope of what it makes.
import type { TemplateScope } from '../../domain/documents/model';
import { parseForm, type Parsed } from '../../domain/sidebar/forms/fields';
import { placementId } from '../../domain/sidebar/forms/fields';
import type { FieldErrors } from '../../shared/sidebar-api';

export type SubjectKey =
  | {
      readonly ok: true;
      /** The Placement ID (upper case) or the provider's name as typed, trimmed. */
      readonly key: string;
      /** The field error when the key is on no row. */
      readonly notFound: FieldErrors;
    }
  | { readonly ok: false; readonly fieldErrors: FieldErrors };

/** A placement's document needs `placementId`; the safeguarding request needs `provider`. */
export function subjectKey(
  scope: TemplateScope,
  form: { readonly placementId: string; readonly provider: string },
): SubjectKey {
  if (scope === 'provider') {
    const provider = form.provider.trim();
    if (provider === '') return { ok: false, fieldErrors: { provider: 'Choose a provider.' } };
    return {
      ok: true,
      key: provider,
      notFound: { provider: `${provider} is not on the Providers sheet.` },
    };
  }
  const id: Parsed<string> = parseForm(placementId, form.placementId);
  if (!id.ok)
    return {
      ok: false,
      fieldErrors: { placementId: id.fieldErrors.form ?? 'Choose a placement.' },
    };
  return {
    ok: true,
    key: id.value,
    notFound: { placementId: `${id.value} is not on the Placements sheet.` },
  };
}
