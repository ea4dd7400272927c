/** Filters of the Xếp hạng table: unit, title, status, and a search on code or name. */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES, type Status } from "../../core/rules/types";
import { useT } from "../lang-context";
import type { DecisionFilter } from "../view/decision-rows";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  select: { minWidth: 0, maxWidth: "100%" },
  native: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface DecisionFiltersProps {
  readonly filter: DecisionFilter;
  readonly units: ReadonlyArray<{ code: string; name: string }>;
  readonly titles: ReadonlyArray<string>;
  readonly onChange: (filter: DecisionFilter) => void;
}

export function DecisionFilters({ filter, units, titles, onChange }: DecisionFiltersProps) {
  const t = useT();
  const styles = useStyles();
  const set = (patch: Partial<Record<keyof DecisionFilter, string>>) => {
    const next: Record<string, string | undefined> = { ...filter, ...patch };
    for (const k of Object.keys(next)) if (next[k] === "") delete next[k];
    onChange(next as DecisionFilter);
  };
  return (
    <div className={styles.grid} role="group" aria-label={t("taskpane.filter.label")}>
      <Field label={t("taskpane.filter.unit")}>
        <Select className={styles.select} select={{ className: styles.native }} value={filter.unit ?? ""} onChange={(_, d) => set({ unit: d.value })} data-testid="filter-unit">
          <option value="">{t("taskpane.filter.all")}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.code} – {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.filter.title")}>
        <Select className={styles.select} select={{ className: styles.native }} value={filter.title ?? ""} onChange={(_, d) => set({ title: d.value })} data-testid="filter-title">
          <option value="">{t("taskpane.filter.all")}</option>
          {titles.map((code) => (
            <option key={code} value={code}>
              {t(`ranking.title.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.filter.status")}>
        <Select className={styles.select} select={{ className: styles.native }} value={filter.status ?? ""} onChange={(_, d) => set({ status: d.value as Status | "" })} data-testid="filter-status">
          <option value="">{t("taskpane.filter.all")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ranking.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.filter.search")}>
        <Input className={styles.select} value={filter.text ?? ""} onChange={(_, d) => set({ text: d.value })} data-testid="filter-text" />
      </Field>
    </div>
  );
}
