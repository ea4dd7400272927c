/**
 * Browser entry of the fake host, bundled by bundle.js into one script that a browser test serves in place of
 * https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js. Before the script runs, the test may set
 * `window.__FAKE_OFFICE_INIT__ = { workbook: FakeWorkbookInit, options: FakeHostOptions }`; afterwards
 * `window.fakeOffice` is the host (snapshot(), values(), syncs, selection(), hangNextSyncs()).
 */
import type { FakeHostOptions } from "./client-object";
import { createFakeOffice, type FakeOfficeHost, type FakeWorkbookInit } from "./host";

interface FakeOfficeWindow {
  __FAKE_OFFICE_INIT__?: { workbook?: FakeWorkbookInit; options?: FakeHostOptions };
  fakeOffice?: FakeOfficeHost;
  Office?: { initialize?: (reason: string) => void };
}

const w = globalThis as unknown as FakeOfficeWindow & Record<string, unknown>;
const init = w.__FAKE_OFFICE_INIT__ ?? {};
const host = createFakeOffice(init.workbook ?? { sheets: [{ name: "Sheet1" }] }, init.options ?? {});
host.install(w);
w.fakeOffice = host;
// Pages written for the legacy API assign Office.initialize; Office.js calls it once the host is ready.
setTimeout(() => {
  const initialize = w.Office?.initialize;
  if (typeof initialize === "function") initialize("inserted");
}, 0);
