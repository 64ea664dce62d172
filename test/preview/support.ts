// Starts the preview on a free loopback port with its own state folder, and talks to it over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startPreview, type RunningPreview } from '../../preview/http';

export interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

export function tempStateDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ap-preview-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function start(stateDir: string): Promise<RunningPreview> {
  return startPreview({ port: 0, stateDir });
}

/** node:http rather than fetch, so a test can send the Host and Origin headers a browser would. */
export function request(
  preview: RunningPreview,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: preview.port,
        path: url,
        method,
        headers: {
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function getJson<T>(preview: RunningPreview, url: string): Promise<T> {
  const reply = await request(preview, 'GET', url);
  if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status} ${reply.text}`);
  return JSON.parse(reply.text) as T;
}

export async function postJson<T>(preview: RunningPreview, url: string, body: unknown): Promise<T> {
  const reply = await request(preview, 'POST', url, body);
  if (reply.status !== 200) throw new Error(`POST ${url}: ${reply.status} ${reply.text}`);
  return JSON.parse(reply.text) as T;
}
