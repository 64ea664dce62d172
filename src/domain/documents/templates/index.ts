// The five default templates setup writes (DOMAIN.md §6), in the order a placement needs them.
import type { DefaultTemplate } from '../model';
import { LA_NOTIFICATION } from './la-notification';
import { PARENT_CARER_AGREEMENT } from './parent-carer-agreement';
import { PERSONALISED_PLAN } from './personalised-plan';
import { PROVIDER_AGREEMENT } from './provider-agreement';
import { SAFEGUARDING_CONFIRMATION_REQUEST } from './safeguarding-confirmation-request';

export {
  LA_NOTIFICATION,
  PARENT_CARER_AGREEMENT,
  PERSONALISED_PLAN,
  PROVIDER_AGREEMENT,
  SAFEGUARDING_CONFIRMATION_REQUEST,
};

export const DEFAULT_TEMPLATES: readonly DefaultTemplate[] = [
  PARENT_CARER_AGREEMENT,
  PROVIDER_AGREEMENT,
  PERSONALISED_PLAN,
  LA_NOTIFICATION,
  SAFEGUARDING_CONFIRMATION_REQUEST,
];
