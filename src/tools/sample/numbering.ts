/**
 * Decision numbers and dates as an agency issues them: one decision per issuer, year and topic
 * ("45/QĐ-CTHADS" lists every LĐTT of the year), numbered in order of first use.
 */
import type { IsoDate } from "../../core/text/parse-values";
import { isoDate } from "../../core/text/parse-values";
import type { Rng } from "./prng";

export interface Issuer {
  /** Who signs, as written in `Cơ quan ban hành`. */
  readonly name: string;
  /** Document-type suffix: "QĐ-CTHADS", "QĐ-BTP", "QĐ-UBND". */
  readonly suffix: string;
}

export interface Decision {
  readonly no: string;
  readonly date: IsoDate;
  readonly issuer: string;
}

export class DecisionBook {
  private readonly issued = new Map<string, Decision>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  /**
   * The decision of `issuer` in `year` about `topic`, created on first use: dated within [fromMonth, toMonth]
   * of that year, numbered after the issuer's earlier decisions of the year.
   */
  get(issuer: Issuer, year: number, topic: string, fromMonth = 1, toMonth = 12): Decision {
    const key = `${issuer.suffix}|${year}|${topic}`;
    const found = this.issued.get(key);
    if (found) return found;
    const counterKey = `${issuer.suffix}|${year}`;
    const n = (this.counters.get(counterKey) ?? this.rng.int(3, 40)) + this.rng.int(5, 60);
    this.counters.set(counterKey, n);
    const month = this.rng.int(fromMonth, toMonth);
    const day = this.rng.int(2, 28);
    const d: Decision = { no: `${n}/${issuer.suffix}`, date: isoDate(year, month, day), issuer: issuer.name };
    this.issued.set(key, d);
    return d;
  }
}
