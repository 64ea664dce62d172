// Utilities: dates, UUIDs, sleep on the virtual clock, base64, digests and small helpers.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { Execution } from '../core/execution';
import { AppsScriptError, Emulated, KIND } from '../core/emulated';
import { Blob, bytesOf, fromBytes, toSignedBytes } from './blob';
import { enumOf } from './enums';
import { formatDate } from './format-date';
import { formatString } from './format-string';
import { parseDate } from './parse-date';

type U = typeof GoogleAppsScript.Utilities;
type Api = GoogleAppsScript.Utilities.Utilities;
type Bytes = GoogleAppsScript.Byte[];

export const Charset = enumOf('US_ASCII', 'UTF_8');
export const DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
export const MacAlgorithm = enumOf(
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
);

/** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) */
export const SLEEP_MAX_MS = 300000;

const nodeHash: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

function algorithm(name: unknown): string {
  const key = String(name).replace(/^HMAC_/, '');
  const hash = nodeHash[key];
  if (!hash)
    throw new AppsScriptError(`Emulator: digest algorithm ${String(name)} is not supported`);
  return hash;
}

/** A string (in a charset) or a byte array, as the byte-taking methods accept. */
function input(value: unknown, charset?: unknown): Buffer {
  if (Array.isArray(value)) return fromBytes(value as number[]);
  return bytesOf(String(value), charset === undefined ? undefined : String(charset));
}

const webSafe = (b64: string): string => b64.replace(/\+/g, '-').replace(/\//g, '_');

export class Utilities
  extends Emulated
  implements
    Pick<
      Api,
      | 'formatDate'
      | 'formatString'
      | 'parseDate'
      | 'getUuid'
      | 'sleep'
      | 'base64Encode'
      | 'base64EncodeWebSafe'
      | 'base64Decode'
      | 'base64DecodeWebSafe'
      | 'computeDigest'
      | 'computeHmacSignature'
      | 'computeHmacSha256Signature'
      | 'newBlob'
      | 'parseCsv'
    >
{
  readonly [KIND] = 'Utilities';
  readonly Charset = Charset as unknown as U['Charset'];
  readonly DigestAlgorithm = DigestAlgorithm as unknown as U['DigestAlgorithm'];
  readonly MacAlgorithm = MacAlgorithm as unknown as U['MacAlgorithm'];
  readonly #exec: Execution;

  constructor(exec: Execution) {
    super();
    this.#exec = exec;
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as Date, timeZone, format);
  }
  parseDate(date: string, timeZone: string, format: string): Date {
    return parseDate(String(date), timeZone, String(format), this.#exec.workspace.clock.now());
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(String(template), args);
  }
  getUuid(): string {
    return randomUUID();
  }
  /**
   * Advances the virtual clock. Over the documented maximum (300000 ms) it throws here: what
   * Google does with a larger value is [open].
   */
  sleep(milliseconds: number): void {
    const ms = Number(milliseconds);
    if (!(ms <= SLEEP_MAX_MS)) throw new AppsScriptError('Invalid argument: milliseconds');
    this.#exec.workspace.clock.advance(Math.max(0, ms));
  }

  base64Encode(data: string | Bytes, charset?: GoogleAppsScript.Utilities.Charset): string {
    return input(data, charset).toString('base64');
  }
  /** URL-safe alphabet; the '=' padding is kept ([open]: Google's padding is unverified). */
  base64EncodeWebSafe(data: string | Bytes, charset?: GoogleAppsScript.Utilities.Charset): string {
    return webSafe(input(data, charset).toString('base64'));
  }
  base64Decode(encoded: string): Bytes {
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }
  base64DecodeWebSafe(encoded: string): Bytes {
    return toSignedBytes(Buffer.from(String(encoded), 'base64url'));
  }
  /** Signed bytes, like Java's byte[]. */
  computeDigest(
    algorithmName: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | Bytes,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    const hash = createHash(algorithm(algorithmName)).update(input(value, charset));
    return toSignedBytes(hash.digest());
  }
  computeHmacSignature(
    algorithmName: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | Bytes,
    key: string | Bytes,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    const mac = createHmac(algorithm(algorithmName), input(key, charset));
    return toSignedBytes(mac.update(input(value, charset)).digest());
  }
  computeHmacSha256Signature(
    value: string | Bytes,
    key: string | Bytes,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): Bytes {
    return this.computeHmacSignature(
      'HMAC_SHA_256' as unknown as GoogleAppsScript.Utilities.MacAlgorithm,
      value,
      key,
      charset,
    );
  }
  newBlob(data: string | Bytes, contentType?: string, name?: string): Blob {
    return new Blob(input(data), contentType ?? null, name ?? null);
  }
  /** RFC 4180-style: quoted fields may hold the delimiter, newlines and doubled quotes. */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    const text = String(csv);
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charAt(i);
      if (quoted) {
        if (c === '"' && text.charAt(i + 1) === '"') {
          cell += '"';
          i += 1;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === delimiter) {
        row.push(cell);
        cell = '';
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text.charAt(i + 1) === '\n') i += 1;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
      } else cell += c;
    }
    if (cell !== '' || row.length > 0) rows.push([...row, cell]);
    return rows;
  }
}
