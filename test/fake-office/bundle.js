#!/usr/bin/env node
/**
 * Bundles the fake Excel host (browser.ts) into one script for browser tests:
 *   node test/fake-office/bundle.js [outDir]      → <outDir>/office.js (default out/fake-office/office.js)
 * or from a test: `await require("./test/fake-office/bundle.js").buildFakeOffice({ outDir })`.
 */
"use strict";
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");

function buildFakeOffice(options = {}) {
  const outDir = path.resolve(options.outDir || path.join(ROOT, "out", "fake-office"));
  const config = {
    mode: "production",
    target: "web",
    devtool: false,
    context: ROOT,
    entry: path.join(__dirname, "browser.ts"),
    output: { path: outDir, filename: "office.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } } },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(path.join(outDir, "office.js"));
    });
  });
}

module.exports = { buildFakeOffice };

if (require.main === module) {
  buildFakeOffice({ outDir: process.argv[2] }).then(
    (file) => process.stdout.write(`${file}\n`),
    (e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exit(1);
    },
  );
}
