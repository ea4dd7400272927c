#!/usr/bin/env node
/**
 * `pretest`: the test suite needs a few Debian packages (LibreOffice to check generated documents and
 * workbooks, poppler for PDF text, xmllint for the manifest schema, Chromium for the task-pane browser test).
 * When one is missing: as root, install them with apt-get; otherwise name the packages and stop, so that no
 * test is ever skipped silently.
 */
import { execSync, spawnSync } from "node:child_process";

const NEEDS = [
  { cmd: "soffice", pkg: "libreoffice-writer-nogui libreoffice-calc-nogui" },
  { cmd: "pdftotext", pkg: "poppler-utils" },
  { cmd: "pdftoppm", pkg: "poppler-utils" },
  { cmd: "xmllint", pkg: "libxml2-utils" },
  { cmd: "chromium", pkg: "chromium" },
];
const FONTS = "fonts-liberation";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const hasFonts = () => spawnSync("sh", ["-c", "fc-list | grep -qi liberation"], { stdio: "ignore" }).status === 0;

const missing = NEEDS.filter((n) => !has(n.cmd));
const packages = [...new Set(missing.flatMap((n) => n.pkg.split(" ")))];
if (!hasFonts()) packages.push(FONTS);

if (packages.length === 0) {
  console.log("system packages: all present (soffice, pdftotext, pdftoppm, xmllint, chromium)");
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(`The tests need these Debian packages: ${packages.join(" ")}`);
  console.error(`Install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`);
  process.exit(1);
}
console.log(`installing system packages: ${packages.join(" ")}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execSync("apt-get update", { stdio: "inherit", env });
execSync(`apt-get install -y --no-install-recommends ${packages.join(" ")}`, { stdio: "inherit", env });
