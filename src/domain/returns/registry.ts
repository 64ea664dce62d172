// The add-on's record of each provider's form, kept in the workbook: which form, for which day, sent to whom.
import type { IsoDate } from '../cells';
import { isIsoDate } from '../calendar/iso-date';

export interface ProviderForm {
  /** The provider as compared (nameKey) and as named on Providers. */
  readonly key: string;
  readonly provider: string;
  readonly formId: string;
  /** The respondents' link (Form.getPublishedUrl): never carries pupil data. */
  readonly url: string;
  /** The day its questions were made for; undefined before the first. */
  readonly date?: IsoDate;
  /** Taking responses (closed when the provider has no Active placement). */
  readonly open: boolean;
  /** Its responses go to this workbook, so the on-form-submit trigger fires. */
  readonly linked: boolean;
  /** The link last emailed, and to whom (Contact email and DSL email, lower case). */
  readonly sentUrl?: string;
  readonly sentTo?: readonly string[];
}

/** A form that is no longer a provider's current one: its late answers are kept aside, not lost. */
export interface RetiredForm {
  readonly formId: string;
  readonly provider: string;
  readonly retired: IsoDate;
}

export interface ReturnsRegistry {
  readonly forms: readonly ProviderForm[];
  readonly retired: readonly RetiredForm[];
  /** Responses received up to this moment (ms) are on Provider returns, by form id. */
  readonly readTo: Readonly<Record<string, number>>;
}

export const EMPTY_REGISTRY: ReturnsRegistry = { forms: [], retired: [], readTo: {} };

/** The workbook store's key. */
export const REGISTRY_KEY = 'providerReturnsForms';

/** Retired forms are read this many days after retiring, then forgotten. */
export const RETIRED_DAYS = 30;

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function formOf(value: unknown): ProviderForm | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const [key, provider, formId, url] = [text(v.key), text(v.provider), text(v.formId), text(v.url)];
  if (!key || provider === undefined || !formId || url === undefined) return undefined;
  const sentTo = Array.isArray(v.sentTo)
    ? v.sentTo.filter((e) => typeof e === 'string')
    : undefined;
  return {
    key,
    provider,
    formId,
    url,
    ...(isIsoDate(v.date) ? { date: v.date } : {}),
    open: v.open === true,
    linked: v.linked === true,
    ...(text(v.sentUrl) !== undefined ? { sentUrl: text(v.sentUrl) } : {}),
    ...(sentTo ? { sentTo } : {}),
  };
}

function retiredOf(value: unknown): RetiredForm | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const [formId, provider] = [text(v.formId), text(v.provider)];
  if (!formId || provider === undefined || !isIsoDate(v.retired)) return undefined;
  return { formId, provider, retired: v.retired };
}

/** The registry as stored; anything unreadable is dropped (a form then gets made again). */
export function parseRegistry(stored: string | undefined): ReturnsRegistry {
  if (!stored) return EMPTY_REGISTRY;
  try {
    const value = JSON.parse(stored) as Record<string, unknown>;
    const forms = Array.isArray(value.forms) ? value.forms.map(formOf) : [];
    const retired = Array.isArray(value.retired) ? value.retired.map(retiredOf) : [];
    const readTo: Record<string, number> = {};
    if (typeof value.readTo === 'object' && value.readTo !== null) {
      for (const [id, at] of Object.entries(value.readTo as Record<string, unknown>)) {
        if (typeof at === 'number' && Number.isFinite(at)) readTo[id] = at;
      }
    }
    return {
      forms: forms.filter((f): f is ProviderForm => f !== undefined),
      retired: retired.filter((f): f is RetiredForm => f !== undefined),
      readTo,
    };
  } catch {
    return EMPTY_REGISTRY;
  }
}

export function registryText(registry: ReturnsRegistry): string {
  return JSON.stringify(registry);
}

/** The form of a provider, by its compared name. */
export function formOfProvider(registry: ReturnsRegistry, key: string): ProviderForm | undefined {
  return registry.forms.find((f) => f.key === key);
}

/** Every form whose answers are still read: the current ones and those retired lately. */
export function formsToRead(
  registry: ReturnsRegistry,
  today: IsoDate,
  since: (date: IsoDate) => boolean = () => true,
): { readonly formId: string; readonly provider: string; readonly current: boolean }[] {
  return [
    ...registry.forms.map((f) => ({ formId: f.formId, provider: f.provider, current: true })),
    ...registry.retired
      .filter((r) => r.retired <= today && since(r.retired))
      .map((r) => ({ formId: r.formId, provider: r.provider, current: false })),
  ];
}
