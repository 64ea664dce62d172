// The server bundle: webpack 5 + esbuild-loader, with gas-webpack-plugin turning the
// `globalThis.x = x` exports of src/main.ts into the top-level function declarations Apps Script calls.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');

const root = path.resolve(__dirname, '..');

module.exports = {
  mode: 'none',
  context: root,
  entry: './src/main.ts',
  target: ['es2020'],
  devtool: false,
  output: {
    path: path.join(root, 'dist'),
    filename: 'Code.js',
    chunkFormat: false,
    iife: true,
    environment: { globalThis: true, arrowFunction: true, const: true },
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'esbuild-loader',
        options: { target: 'es2020', loader: 'ts', tsconfig: path.join(root, 'tsconfig.json') },
      },
    ],
  },
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [new GasPlugin({ comment: false, autoGlobalExportsFiles: [] })],
};
