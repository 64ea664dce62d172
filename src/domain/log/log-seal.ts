// What makes a Log line checkable: its running number and an HMAC over what it says, keyed by the workbook's secret.
import { hmacSha256Hex } from './hmac-sha256';

/** Where the seal is kept: the workbook's developer metadata, visible to this add-on only. */
export const LOG_SEAL_KEY = 'logSeal';

/** The Log's secret, the last number given, and when line 1 was written ('' before any). */
export interface LogSeal {
  readonly secret: string;
  readonly last: number;
  readonly since: string;
}

/** A Log line's cells as text, exactly as they read back from the sheet. */
export interface LogLineText {
  /** 'YYYY-MM-DD HH:mm:ss' on the spreadsheet's wall clock: what the Time cell shows, to the second. */
  readonly time: string;
  readonly user: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: string;
}

export interface SealedLine {
  readonly number: number;
  readonly check: string;
}

/** The seal as kept, or undefined when there is none (or it is not one). */
export function parseSeal(kept: string | undefined): LogSeal | undefined {
  if (!kept) return undefined;
  try {
    const value: unknown = JSON.parse(kept);
    if (typeof value !== 'object' || value === null) return undefined;
    const { secret, last, since } = value as Record<string, unknown>;
    if (typeof secret !== 'string' || secret.length < 32) return undefined;
    if (typeof last !== 'number' || !Number.isInteger(last) || last < 0) return undefined;
    return { secret, last, since: typeof since === 'string' ? since : '' };
  } catch {
    return undefined;
  }
}

export function sealToKeep(seal: LogSeal): string {
  return JSON.stringify(seal);
}

/** The check of one line: its number and every cell it shows, in order. */
export function lineCheck(secret: string, number: number, line: LogLineText): string {
  const signed = JSON.stringify([
    number,
    line.time,
    line.user,
    line.action,
    line.subject,
    line.detail,
  ]);
  return hmacSha256Hex(secret, signed);
}

/**
 * Numbers and checks for lines about to be appended, after the highest number known (the seal's,
 * or a higher one seen in the sheet when the seal's last write was lost), and the seal to keep.
 */
export function sealLines(
  seal: LogSeal,
  lines: readonly LogLineText[],
  highestSeen = 0,
): { readonly sealed: readonly SealedLine[]; readonly seal: LogSeal } {
  const first = Math.max(seal.last, highestSeen) + 1;
  const sealed = lines.map((line, i) => ({
    number: first + i,
    check: lineCheck(seal.secret, first + i, line),
  }));
  const since = seal.since !== '' ? seal.since : (lines[0]?.time ?? '');
  return { sealed, seal: { ...seal, last: first + lines.length - 1, since } };
}
