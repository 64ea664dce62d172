// Builds what Apps Script runs: dist/Code.js (server), dist/Sidebar.html and dist/Picker.html (clients inlined), dist/appsscript.json.
import { mkdir, readFile, writeFile, copyFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildZodLean } from './zod-lean.mjs';

const require = createRequire(import.meta.url);
const webpack = require('webpack');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

function runWebpack(zodLean) {
  const config = require('./webpack.config.cjs');
  config.resolve.alias = { ...config.resolve.alias, 'zod/mini$': zodLean };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

/** One HtmlService page: its shell with the stylesheet and the bundled entry inlined (no separate files). */
async function buildPage(entry, shellFile, outFile) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile(path.join(root, 'sidebar/styles.css'), 'utf8');
  const shell = await readFile(path.join(root, shellFile), 'utf8');
  const html = shell.replace('/*__STYLES__*/', () => css).replace('/*__SCRIPT__*/', () => script);
  if (html.includes('__STYLES__') || html.includes('__SCRIPT__')) {
    throw new Error(`${shellFile} must contain /*__STYLES__*/ and /*__SCRIPT__*/ once each`);
  }
  await writeFile(path.join(dist, outFile), html);
}

/**
 * The same add-on for a deployment that chooses the full `spreadsheets` scope (README, "Scopes"):
 * its manifest asks for `spreadsheets` instead of `spreadsheets.currentonly`, and its hourly run
 * then opens the workbook with SpreadsheetApp.openById. The code is the same file: it asks Google at
 * run time which scopes it has (src/workspace/workbook/open.ts).
 */
async function buildSpreadsheetsScopeVariant() {
  const out = path.join(root, 'dist-spreadsheets-scope');
  await mkdir(out, { recursive: true });
  const manifest = JSON.parse(await readFile(path.join(root, 'appsscript.json'), 'utf8'));
  const current = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
  if (!manifest.oauthScopes.includes(current)) throw new Error(`appsscript.json lacks ${current}`);
  manifest.oauthScopes = manifest.oauthScopes.map((scope) =>
    scope === current ? 'https://www.googleapis.com/auth/spreadsheets' : scope,
  );
  await writeFile(path.join(out, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['Code.js', 'Sidebar.html', 'Picker.html']) {
    await copyFile(path.join(dist, file), path.join(out, file));
  }
}

async function size(file) {
  return `${((await stat(path.join(dist, file))).size / 1024).toFixed(1)} KB`;
}

await mkdir(dist, { recursive: true });
const zod = await buildZodLean(root);
await Promise.all([
  runWebpack(zod.outfile),
  buildPage('sidebar/src/main.ts', 'sidebar/index.html', 'Sidebar.html'),
  // The "Connect templates" dialog (issue 12): Google's Picker in an HtmlService dialog.
  buildPage('sidebar/picker/main.ts', 'sidebar/picker/index.html', 'Picker.html'),
]);
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
await buildSpreadsheetsScopeVariant();
console.log(
  `built dist/Code.js ${await size('Code.js')} (zod/mini: ${zod.names.join(', ')}), ` +
    `dist/Sidebar.html ${await size('Sidebar.html')}, dist/Picker.html ${await size('Picker.html')}`,
);
