// Bundles the page's script and the sidebar bridge with esbuild when the server starts.
import path from 'node:path';
import { build } from 'esbuild';

export interface ClientBundle {
  /** The page's script, served as /app.js. */
  readonly app: string;
  /** The google.script.run bridge injected into the sidebar and dialogs. */
  readonly bridge: string;
  /** The stand-in for Google's Picker, in place of its loader (api.js) in a dialog. */
  readonly pickerStandIn: string;
  /** The provider's view of a form: sends its answers (served as /provider-form.js). */
  readonly providerForm: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'client', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild wrote nothing for preview/client/${entry}`);
  return file.text;
}

export async function bundleClient(): Promise<ClientBundle> {
  const [app, bridge, pickerStandIn, providerForm] = await Promise.all([
    bundle('main.ts'),
    bundle('bridge.ts'),
    bundle('picker-stand-in.ts'),
    bundle('provider-form.ts'),
  ]);
  return { app, bridge, pickerStandIn, providerForm };
}
