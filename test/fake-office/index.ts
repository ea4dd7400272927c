/** The fake Excel host for tests: see host.ts (globals), client-object.ts (batching), snapshot.ts. */
export { createFakeOffice, installFakeOffice, FakeOfficeHost, buildWorkbook } from "./host";
export type { FakeCellInit, FakeSheetInit, FakeWorkbookInit } from "./host";
export { PAYLOAD_LIMIT_BYTES, utf8Bytes, FakeRequestContext } from "./client-object";
export type { FakeHostOptions, SyncRecord } from "./client-object";
export { FakeRichApiError, FakeNotImplemented, ERROR_CODES } from "./errors";
export type { SnapshotOptions } from "./snapshot";
