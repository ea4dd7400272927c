/**
 * Batching as Office.js does it. A proxy (`FakeClientObject`) records what the code asks for; nothing reaches
 * the document until `context.sync()`, which sends the queued operations as one request, executes them in
 * order, and only then fills the proxies' loaded properties. Reading a property that was not loaded (and
 * synced) throws PropertyNotLoaded. Each request is measured (JSON of the operations, values included) and
 * refused above the Excel-on-the-web limit, as is each response (JSON of the loaded data).
 */
import { ERROR_CODES, FakeNotImplemented, FakeRichApiError, propertyNotLoaded } from "./errors";
import type { WorkbookState } from "./state";

/** Excel on the web refuses requests and responses above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

export interface FakeHostOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.12"). */
  readonly apiVersion?: string;
  readonly platform?: "OfficeOnline" | "PC" | "Mac";
  readonly displayLanguage?: string;
  readonly payloadLimitBytes?: number;
}

export interface SyncRecord {
  readonly index: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  calculationSuspended: boolean;
  /** Error code when the request failed ("hang" when it never answered). */
  failed?: string;
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** State shared by every request context of one fake host: the document, the options, the request log. */
export class FakeRuntime {
  readonly syncs: SyncRecord[] = [];
  /** Number of upcoming syncs that will never answer (to test timeouts). */
  hangs = 0;
  /** Every property name read before it was loaded (the error is thrown as well). */
  readonly notLoadedReads: string[] = [];

  constructor(
    readonly workbook: WorkbookState,
    readonly options: FakeHostOptions,
  ) {}

  get apiVersion(): string {
    return this.options.apiVersion ?? "1.12";
  }

  get payloadLimit(): number {
    return this.options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  }

  supports(set: string, version: string): boolean {
    if (set === "ExcelApi") return versionAtLeast(this.apiVersion, version);
    return false;
  }
}

interface ExecState {
  readonly commits: Array<() => void>;
  readonly response: unknown[];
}

interface Operation {
  readonly wire: unknown;
  readonly suspendsCalculation?: boolean;
  exec(state: ExecState): void;
}

export class FakeRequestContext {
  private queue: Operation[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private readonly root: { workbook?: unknown };

  constructor(
    readonly runtime: FakeRuntime,
    makeWorkbook: (ctx: FakeRequestContext) => unknown,
  ) {
    this.root = {};
    this.root.workbook = makeWorkbook(this);
  }

  get workbook(): unknown {
    return this.root.workbook;
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const request = JSON.stringify({ Actions: ops.map((o) => o.wire) });
    const record: SyncRecord = {
      index: this.runtime.syncs.length + 1,
      requestBytes: utf8Bytes(request),
      responseBytes: 0,
      operations: ops.length,
      calculationSuspended: ops.some((o) => o.suspendsCalculation === true),
    };
    this.runtime.syncs.push(record);
    await Promise.resolve();
    if (this.runtime.hangs > 0) {
      this.runtime.hangs--;
      record.failed = "hang";
      return new Promise<void>(() => undefined);
    }
    if (record.requestBytes > this.runtime.payloadLimit) {
      record.failed = ERROR_CODES.requestPayloadSizeLimitExceeded;
      throw new FakeRichApiError(
        ERROR_CODES.requestPayloadSizeLimitExceeded,
        `The request payload size (${record.requestBytes} bytes) has exceeded the limit (${this.runtime.payloadLimit} bytes).`,
      );
    }
    const state: ExecState = { commits: [], response: [] };
    try {
      for (const op of ops) op.exec(state);
    } catch (e) {
      record.failed = (e as { code?: string }).code ?? (e as Error).name;
      throw e;
    }
    record.responseBytes = utf8Bytes(JSON.stringify(state.response));
    if (record.responseBytes > this.runtime.payloadLimit) {
      record.failed = ERROR_CODES.responsePayloadSizeLimitExceeded;
      throw new FakeRichApiError(
        ERROR_CODES.responsePayloadSizeLimitExceeded,
        `The response payload size (${record.responseBytes} bytes) has exceeded the limit (${this.runtime.payloadLimit} bytes).`,
      );
    }
    for (const commit of state.commits) commit();
  }
}

/** Parsed `load()` argument: scalar properties and navigation properties with their own sub-selection. */
export interface LoadSpec {
  readonly all: boolean;
  readonly scalars: string[];
  readonly nav: Map<string, string[]>;
}

export function parseLoad(arg: unknown): LoadSpec {
  let parts: string[];
  if (arg === undefined || arg === null || arg === "") return { all: true, scalars: [], nav: new Map() };
  if (typeof arg === "string") parts = arg.split(",");
  else if (Array.isArray(arg)) parts = arg.flatMap((a) => String(a).split(","));
  else if (typeof arg === "object" && typeof (arg as { select?: unknown }).select === "string") parts = String((arg as { select: string }).select).split(",");
  else throw new FakeNotImplemented(`load(${JSON.stringify(arg)})`);
  const scalars: string[] = [];
  const nav = new Map<string, string[]>();
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    const slash = p.indexOf("/");
    if (slash < 0) scalars.push(p);
    else {
      const head = p.slice(0, slash);
      const rest = p.slice(slash + 1);
      nav.set(head, [...(nav.get(head) ?? []), rest]);
    }
  }
  return { all: false, scalars, nav };
}

export type Resolver = () => unknown;

export interface ProxyInit {
  readonly context: FakeRequestContext;
  readonly path: string;
  readonly resolve: Resolver;
  /** May resolve to null (an *OrNullObject proxy). */
  readonly orNull?: boolean;
  /** Resolve at this point of the batch (methods with side effects, existence checks), not at first use. */
  readonly instantiate?: boolean;
  /** Minimum ExcelApi version of the method that made this proxy. */
  readonly minApi?: string;
  /** An already-known target (collection items). */
  readonly target?: unknown;
}

const UNRESOLVED = Symbol("unresolved");

export abstract class FakeClientObject {
  readonly context: FakeRequestContext;
  readonly _path: string;
  private readonly resolver: Resolver;
  private readonly orNull: boolean;
  private readonly minApi: string | undefined;
  private target: unknown = UNRESOLVED;
  protected readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  constructor(init: ProxyInit) {
    this.context = init.context;
    this._path = init.path;
    this.resolver = init.resolve;
    this.orNull = init.orNull === true;
    this.minApi = init.minApi;
    if (init.target !== undefined) this.target = init.target;
    if (init.instantiate || init.orNull) {
      this.context.enqueue({
        wire: { A: "Instantiate", P: this._path },
        exec: (state) => {
          const t = this.resolveTarget();
          state.commits.push(() => {
            this.nullKnown = t === null;
          });
          state.response.push({ P: this._path, isNull: t === null });
        },
      });
    }
  }

  /** Scalar properties this object can load, computed from its resolved target. */
  protected abstract scalarGetters(): Record<string, (target: never) => unknown>;

  /** Navigation properties (child proxies) reachable by "name/…" in load(). */
  protected navigation(): Record<string, () => FakeClientObject> {
    return {};
  }

  /** Resolves this proxy to its document object (at execution time); throws ItemNotFound when it has none. */
  resolveTarget(): unknown {
    if (this.target === UNRESOLVED) {
      if (this.minApi && !this.context.runtime.supports("ExcelApi", this.minApi)) {
        throw new FakeRichApiError(ERROR_CODES.apiNotFound, `The API you are trying to use could not be found (ExcelApi ${this.minApi}): ${this._path}`);
      }
      this.target = this.resolver();
    }
    if (this.target === null && !this.orNull) {
      throw new FakeRichApiError(ERROR_CODES.itemNotFound, `The requested resource doesn't exist: ${this._path}`);
    }
    return this.target;
  }

  /** The resolved, non-null target; operations on a null object are invalid. */
  protected live<T>(): T {
    const t = this.resolveTarget();
    if (t === null) throw new FakeRichApiError(ERROR_CODES.invalidObjectPath, `The object path '${this._path}' isn't working for what you're trying to do (null object).`);
    return t as T;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) {
      this.context.runtime.notLoadedReads.push(`${this._path}.isNullObject`);
      throw propertyNotLoaded("isNullObject");
    }
    return this.nullKnown;
  }

  /** Reads a loaded property, as Office.js: only after load() and sync(). */
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) {
      this.context.runtime.notLoadedReads.push(`${this._path}.${name}`);
      throw propertyNotLoaded(name);
    }
    return this.loaded.get(name) as T;
  }

  load(arg?: unknown): this {
    const spec = parseLoad(arg);
    const getters = this.scalarGetters();
    const names = spec.all ? Object.keys(getters) : spec.scalars;
    for (const n of names) if (!(n in getters) && !(n in this.navigation())) throw new FakeNotImplemented(`load("${n}") on ${this.constructor.name}`);
    const navNames = names.filter((n) => !(n in getters));
    for (const n of navNames) this.navigation()[n]().load();
    for (const [n, sub] of spec.nav) {
      const child = this.navigation()[n];
      if (!child) throw new FakeNotImplemented(`load("${n}/…") on ${this.constructor.name}`);
      child().load(sub);
    }
    const scalarNames = names.filter((n) => n in getters);
    if (scalarNames.length === 0 && spec.nav.size > 0) return this;
    this.context.enqueue({
      wire: { A: "Query", P: this._path, Select: scalarNames },
      exec: (state) => {
        const t = this.resolveTarget();
        if (t === null) {
          state.commits.push(() => {
            this.nullKnown = true;
          });
          return;
        }
        const values: Record<string, unknown> = {};
        for (const n of scalarNames) values[n] = (getters[n] as (target: unknown) => unknown)(t);
        state.response.push({ P: this._path, Values: values });
        state.commits.push(() => {
          this.nullKnown = false;
          for (const n of scalarNames) this.loaded.set(n, values[n]);
        });
      },
    });
    return this;
  }

  /** Queues a property assignment. */
  protected queueSet(name: string, value: unknown, apply: (target: never) => void): void {
    this.context.enqueue({
      wire: { A: "SetProperty", P: this._path, N: name, V: value },
      exec: () => apply(this.live<never>()),
    });
  }

  /** Queues a method call without a result object. */
  protected queueCall(name: string, args: unknown[], apply: (target: never) => void, options: { minApi?: string; suspendsCalculation?: boolean } = {}): void {
    const minApi = options.minApi;
    this.context.enqueue({
      wire: { A: "Method", P: this._path, N: name, Args: args },
      suspendsCalculation: options.suspendsCalculation,
      exec: () => {
        if (minApi && !this.context.runtime.supports("ExcelApi", minApi)) {
          throw new FakeRichApiError(ERROR_CODES.apiNotFound, `The API you are trying to use could not be found (ExcelApi ${minApi}): ${name}`);
        }
        apply(this.live<never>());
      },
    });
  }

  /** Internal: fills loaded properties of a collection item (the collection's load did the query). */
  _fill(values: Record<string, unknown>): void {
    this.nullKnown = false;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }

  /** Internal: the scalar getters, for a collection loading its items. */
  _getters(): Record<string, (target: never) => unknown> {
    return this.scalarGetters();
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** `OfficeExtension.ClientResult`: `value` is readable after the sync that computed it. */
export class FakeClientResult<T> {
  private known = false;
  private result: T | undefined;

  constructor(context: FakeRequestContext, path: string, compute: () => T) {
    context.enqueue({
      wire: { A: "Method", P: path },
      exec: (state) => {
        const v = compute();
        state.response.push({ P: path, Value: v });
        state.commits.push(() => {
          this.known = true;
          this.result = v;
        });
      },
    });
  }

  get value(): T {
    if (!this.known) throw new FakeRichApiError(ERROR_CODES.valueNotLoaded, "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    return this.result as T;
  }
}

/** A collection proxy: `items` is readable after `load()` + `sync()`; its load options apply to the items. */
export abstract class FakeCollection<TItem extends FakeClientObject> extends FakeClientObject {
  /** Document objects of the items, in collection order. */
  protected abstract itemTargets(target: never): unknown[];
  /** A proxy for one item (already resolved to its target). */
  protected abstract itemProxy(target: unknown, index: number): TItem;

  protected scalarGetters(): Record<string, (target: never) => unknown> {
    return {};
  }

  get items(): TItem[] {
    return this.prop<TItem[]>("items");
  }

  override load(arg?: unknown): this {
    const spec = parseLoad(arg);
    let wanted: string[] | "all" = "all";
    if (!spec.all) {
      const names = [...spec.scalars.filter((s) => s !== "items"), ...(spec.nav.get("items") ?? [])];
      for (const [n, sub] of spec.nav) if (n !== "items") names.push(...sub.map((s) => `${n}/${s}`));
      wanted = names.length === 0 ? "all" : names;
    }
    this.context.enqueue({
      wire: { A: "Query", P: this._path, Select: wanted },
      exec: (state) => {
        const targets = this.itemTargets(this.live<never>());
        const items = targets.map((t, i) => this.itemProxy(t, i));
        const rows = items.map((item) => {
          const getters = item._getters();
          const names = wanted === "all" ? Object.keys(getters) : wanted;
          const values: Record<string, unknown> = {};
          for (const n of names) {
            const g = getters[n];
            if (!g) throw new FakeNotImplemented(`load("items/${n}") on ${this.constructor.name}`);
            values[n] = (g as (target: unknown) => unknown)(item.resolveTarget());
          }
          return values;
        });
        state.response.push({ P: this._path, Items: rows });
        state.commits.push(() => {
          items.forEach((item, i) => item._fill(rows[i]));
          this.loaded.set("items", items);
        });
      },
    });
    return this;
  }
}
