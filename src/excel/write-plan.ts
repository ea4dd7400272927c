/**
 * The writes of one action, packed into as few requests as their size allows. Steps add their work in order —
 * small operations (adding or clearing a sheet, formats, deleting a rule) with an estimate of their request
 * bytes, and blocks of rows with each row's exact JSON size — and `run` sends them in requests of at most
 * ~4 MB: several sheets share a request when together they fit, and a block of rows is cut exactly where a
 * request is full. Each request suspends calculation until its sync. Nothing is sent before `run`.
 */
import { CHUNK_BUDGET_BYTES } from "./payload";
import { syncWithin } from "./sync";

/** Request bytes of one operation on a range besides its values (its path and the operation itself). */
export const OPERATION_BYTES = 160;

interface Op {
  readonly kind: "op";
  readonly bytes: number;
  readonly queue: () => void;
}

interface Rows {
  readonly kind: "rows";
  readonly rowBytes: ReadonlyArray<number>;
  /** Bytes of each block besides its rows (the operations that write it). */
  readonly blockBytes: number;
  readonly queue: (start: number, count: number) => void;
}

type Item = Op | Rows;

interface Part {
  readonly item: Item;
  readonly start: number;
  readonly count: number;
}

export class WritePlan {
  private readonly items: Item[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = CHUNK_BUDGET_BYTES,
  ) {}

  /** A small operation (or a few), queued when its request is built. */
  op(bytes: number, queue: () => void): this {
    this.items.push({ kind: "op", bytes, queue });
    return this;
  }

  /** Rows written in consecutive blocks: `queue(start, count)` writes rows start… of the block. */
  rows(rowBytes: ReadonlyArray<number>, queue: (start: number, count: number) => void, blockBytes = OPERATION_BYTES): this {
    if (rowBytes.length > 0) this.items.push({ kind: "rows", rowBytes, blockBytes, queue });
    return this;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  /** The requests the plan makes, in order (each a list of parts). */
  requests(): Part[][] {
    const requests: Part[][] = [];
    let current: Part[] = [];
    let size = 0;
    const close = () => {
      if (current.length > 0) requests.push(current);
      current = [];
      size = 0;
    };
    for (const item of this.items) {
      if (item.kind === "op") {
        if (current.length > 0 && size + item.bytes > this.budget) close();
        current.push({ item, start: 0, count: 0 });
        size += item.bytes;
        continue;
      }
      let start = 0;
      while (start < item.rowBytes.length) {
        let room = this.budget - size - item.blockBytes;
        let end = start;
        while (end < item.rowBytes.length && (room >= item.rowBytes[end] || (end === start && current.length === 0))) {
          room -= item.rowBytes[end];
          end++;
        }
        if (end === start) {
          close();
          continue;
        }
        current.push({ item, start, count: end - start });
        size = this.budget - room;
        start = end;
        if (start < item.rowBytes.length) close();
      }
    }
    close();
    return requests;
  }

  /**
   * Sends the plan: one sync per request. `keepLast` leaves the last request queued, so that the caller's next
   * sync (a read that must see these writes) carries it. Returns the number of requests.
   */
  async run(options: { readonly keepLast?: boolean; readonly onRequest?: (done: number, total: number) => void | Promise<void> } = {}): Promise<number> {
    const requests = this.requests();
    for (let i = 0; i < requests.length; i++) {
      this.context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const part of requests[i]) {
        if (part.item.kind === "op") part.item.queue();
        else part.item.queue(part.start, part.count);
      }
      if (options.keepLast && i === requests.length - 1) break;
      await syncWithin(this.context);
      await options.onRequest?.(i + 1, requests.length);
    }
    return requests.length;
  }
}
