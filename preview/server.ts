// `npm start`: the local preview of the add-on on 127.0.0.1, with the sample school's workbook.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunAs } from '../emulator';
import { startPreview } from './http';

/** Apps Script runs dates in the manifest's zone; the emulator refuses to run in any other. */
function manifestTimeZone(): string {
  const manifest = path.resolve(__dirname, '..', 'dist', 'appsscript.json');
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone: string }).timeZone;
  } catch {
    throw new Error(
      `No built add-on at ${manifest}: run \`npm run build\` first (npm start does).`,
    );
  }
}

function requestedPort(): number {
  const text = process.env.PORT ?? '5173';
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535), not "${text}".`);
  }
  return port;
}

/** PREVIEW_AS=add-on runs the preview as an editor add-on; the default is a script bound to the sheet. */
function requestedDeployment(): RunAs {
  const text = process.env.PREVIEW_AS ?? 'bound';
  if (text === 'bound') return 'bound script';
  if (text === 'add-on') return 'editor add-on';
  throw new Error(`PREVIEW_AS must be "bound" or "add-on", not "${text}".`);
}

async function main(): Promise<void> {
  process.env.TZ = manifestTimeZone();
  const port = requestedPort();
  const runAs = requestedDeployment();
  try {
    const preview = await startPreview({ port, runAs });
    console.log(`AP Placements preview (${runAs}): ${preview.url}`);
    console.log(
      'Workbook saved in .preview-state/ (npm run preview:reset starts afresh). Ctrl+C stops.',
    );
    const stop = (): void => {
      void preview.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${port} on 127.0.0.1 is busy (is another preview running?). ` +
          `Stop it, or choose another port: PORT=${port + 1} npm start`,
      );
      process.exit(1);
    }
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
