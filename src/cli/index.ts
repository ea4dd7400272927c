#!/usr/bin/env node
/** Entry point of the `thidua` command. */
import { run } from "./cli";
import { quietOnClosedPipe } from "./context";

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
