// The preview stays on this machine: loopback only, its own host name, its own page's requests.
import { statSync } from 'node:fs';
import path from 'node:path';
import { startPreview, type RunningPreview } from '../../preview/http';
import { request, start, tempStateDir } from './support';

const state = tempStateDir();
let preview: RunningPreview;

beforeAll(async () => {
  preview = await start(state.dir);
});

afterAll(async () => {
  await preview.close();
  state.remove();
});

it('refuses to listen anywhere but loopback', async () => {
  for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
    await expect(startPreview({ port: 0, host, stateDir: state.dir })).rejects.toThrow(
      `The preview listens on loopback only (127.0.0.1), not ${host}.`,
    );
  }
});

it('says plainly when the port is taken, and leaves the saved state alone', async () => {
  preview.session.save();
  const file = path.join(state.dir, 'state.json');
  const saved = statSync(file).mtimeMs;
  await expect(startPreview({ port: preview.port, stateDir: state.dir })).rejects.toMatchObject({
    code: 'EADDRINUSE',
  });
  expect(statSync(file).mtimeMs).toBe(saved);
});

it('answers only requests addressed to its loopback name (no DNS rebinding)', async () => {
  const rebound = await request(preview, 'GET', '/api/state', undefined, {
    Host: `attacker.example:${preview.port}`,
  });
  expect(rebound.status).toBe(403);
  const local = await request(preview, 'GET', '/api/state', undefined, {
    Host: `localhost:${preview.port}`,
  });
  expect(local.status).toBe(200);
});

it('refuses actions posted by another site or not sent as JSON', async () => {
  const crossSite = await request(
    preview,
    'POST',
    '/api/menu',
    { functionName: 'setUpWorkbook' },
    { Origin: 'http://attacker.example' },
  );
  expect(crossSite.status).toBe(403);
  // The sandboxed sidebar frame has an opaque origin: it must go through the page, not post itself.
  const fromFrame = await request(
    preview,
    'POST',
    '/api/run',
    { functionName: 'getSidebarState', args: [] },
    { Origin: 'null' },
  );
  expect(fromFrame.status).toBe(403);
  const form = await request(preview, 'POST', '/api/menu', undefined, {
    'Content-Type': 'application/x-www-form-urlencoded',
  });
  expect(form.status).toBe(400);
  const samePage = await request(
    preview,
    'POST',
    '/api/run',
    { functionName: 'getSidebarState', args: [] },
    { Origin: `http://127.0.0.1:${preview.port}` },
  );
  expect(samePage.status).toBe(200);
});
