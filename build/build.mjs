// Builds what Apps Script runs: dist/Code.js (server), dist/Sidebar.html (client inlined), dist/appsscript.json.
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

async function buildSidebar() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'sidebar/src/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = await readFile(path.join(root, 'sidebar/styles.css'), 'utf8');
  const shell = await readFile(path.join(root, 'sidebar/index.html'), 'utf8');
  const html = shell.replace('/*__STYLES__*/', () => css).replace('/*__SCRIPT__*/', () => script);
  if (html.includes('__STYLES__') || html.includes('__SCRIPT__')) {
    throw new Error('sidebar/index.html must contain /*__STYLES__*/ and /*__SCRIPT__*/ once each');
  }
  await writeFile(path.join(dist, 'Sidebar.html'), html);
}

async function size(file) {
  return `${((await stat(path.join(dist, file))).size / 1024).toFixed(1)} KB`;
}

await mkdir(dist, { recursive: true });
const zod = await buildZodLean(root);
await Promise.all([runWebpack(zod.outfile), buildSidebar()]);
await copyFile(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
console.log(
  `built dist/Code.js ${await size('Code.js')} (zod/mini: ${zod.names.join(', ')}), ` +
    `dist/Sidebar.html ${await size('Sidebar.html')}`,
);
