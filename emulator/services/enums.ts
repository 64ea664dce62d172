// Apps Script enums as the emulator exposes them: frozen objects whose values are their own names.
export type EnumOf<K extends string> = { readonly [P in K]: P };

/** `enumOf('OK', 'CANCEL')` is `{ OK: 'OK', CANCEL: 'CANCEL' }`: scripts compare with `===`. */
export function enumOf<K extends string>(...names: K[]): EnumOf<K> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as EnumOf<K>;
}

export function isEnumValue<K extends string>(e: EnumOf<K>, value: unknown): value is K {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(e, value);
}

/** UTF-8 size of a string, the measure Google's byte limits use. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
