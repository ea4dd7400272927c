/** Filters of the Rà soát list: which rows (waiting, approved, returned, changed, all), title, search. */
import { Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../lang-context";
import { REVIEW_VIEWS, type ReviewView, type ReviewViewFilter } from "../view/review-rows";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", gap: tokens.spacingHorizontalS, "& > *": { minWidth: 0 } },
  select: { minWidth: 0, maxWidth: "100%" },
  native: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export function ReviewFilters({ filter, titles, onChange }: { filter: ReviewViewFilter; titles: ReadonlyArray<string>; onChange: (f: ReviewViewFilter) => void }) {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.grid} role="group" aria-label={t("taskpane.filter.label")}>
      <Field label={t("taskpane.review.view")}>
        <Select className={styles.select} select={{ className: styles.native }} value={filter.view} onChange={(_, d) => onChange({ ...filter, view: d.value as ReviewView })} data-testid="review-view">
          {REVIEW_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`taskpane.review.view.${v}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.filter.title")}>
        <Select className={styles.select} select={{ className: styles.native }} value={filter.title ?? ""} onChange={(_, d) => onChange({ ...filter, title: d.value || undefined })} data-testid="review-title">
          <option value="">{t("taskpane.filter.all")}</option>
          {titles.map((code) => (
            <option key={code} value={code}>
              {t(`ranking.title.${code}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.filter.search")}>
        <Input className={styles.select} value={filter.text ?? ""} onChange={(_, d) => onChange({ ...filter, text: d.value || undefined })} data-testid="review-text" />
      </Field>
    </div>
  );
}
