// Blob: bytes with a content type and a name, as Utilities.newBlob and HtmlOutput.getBlob return.
import { Emulated, KIND } from '../core/emulated';

/** Java bytes are signed (-128..127): Apps Script byte arrays hold those values. */
export function toSignedBytes(buffer: Uint8Array): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

export function fromBytes(bytes: readonly number[]): Buffer {
  return Buffer.from(bytes.map((b) => Number(b) & 0xff));
}

/** A string's bytes in a charset: UTF_8 (the default) or US_ASCII (other characters become '?'). */
export function bytesOf(text: string, charset: string = 'UTF_8'): Buffer {
  if (charset === 'US_ASCII') {
    return Buffer.from(Array.from(text, (c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 63)));
  }
  return Buffer.from(text, 'utf8');
}

export class Blob extends Emulated implements GoogleAppsScript.Base.Blob {
  readonly [KIND] = 'Blob';
  #data: Buffer;
  #contentType: string | null;
  #name: string | null;

  constructor(data: Buffer, contentType: string | null = null, name: string | null = null) {
    super();
    this.#data = data;
    this.#contentType = contentType;
    this.#name = name;
  }

  getBytes(): number[] {
    return toSignedBytes(this.#data);
  }
  setBytes(data: number[]): this {
    this.#data = fromBytes(data);
    return this;
  }
  getDataAsString(charset?: string): string {
    return charset === 'US_ASCII' ? this.#data.toString('latin1') : this.#data.toString('utf8');
  }
  setDataFromString(text: string, charset?: string): this {
    this.#data = bytesOf(String(text), charset);
    return this;
  }
  getContentType(): string | null {
    return this.#contentType;
  }
  setContentType(contentType: string | null): this {
    this.#contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.#name;
  }
  setName(name: string): this {
    this.#name = String(name);
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): Blob {
    return new Blob(Buffer.from(this.#data), this.#contentType, this.#name);
  }
  getBlob(): Blob {
    return this;
  }
  /** Only the blob's own type converts here (a PDF of HTML would need a renderer). */
  getAs(contentType: string): Blob {
    if (contentType === this.#contentType) return this.copyBlob();
    throw new Error(
      `Emulator: converting ${String(this.#contentType)} to ${contentType} is not modelled`,
    );
  }
  setContentTypeFromExtension(): this {
    const ext = /\.([^.]+)$/.exec(this.#name ?? '')?.[1]?.toLowerCase() ?? '';
    const types: Record<string, string> = {
      html: 'text/html',
      txt: 'text/plain',
      csv: 'text/csv',
      json: 'application/json',
      pdf: 'application/pdf',
      png: 'image/png',
    };
    this.#contentType = types[ext] ?? this.#contentType;
    return this;
  }
  getAllBlobs(): Blob[] {
    return [this];
  }
}
