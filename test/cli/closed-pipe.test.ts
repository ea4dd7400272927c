/**
 * `thidua rank so.xlsx | head` closes stdout early: the command must not crash with an EPIPE stack trace
 * (cli.md: never a stack trace); the rest of the output is dropped and other stream errors still surface.
 */
import { EventEmitter } from "node:events";
import { quietOnClosedPipe } from "../../src/cli/context";

const epipe = (): NodeJS.ErrnoException => Object.assign(new Error("write EPIPE"), { code: "EPIPE", errno: -32, syscall: "write" });

test("EPIPE on stdout is swallowed, and so is every later error of the closed stream", () => {
  const stream = new EventEmitter();
  quietOnClosedPipe(stream);
  expect(() => stream.emit("error", epipe())).not.toThrow();
  const destroyed = Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" });
  expect(() => stream.emit("error", destroyed)).not.toThrow();
});

test("another error of an open stream is not hidden", () => {
  const stream = new EventEmitter();
  quietOnClosedPipe(stream);
  const full = Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
  expect(() => stream.emit("error", full)).toThrow("no space left on device");
});
