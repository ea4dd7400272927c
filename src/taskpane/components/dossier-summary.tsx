/** What the dossier holds: counts per title, ad-hoc reports, what was left out and why, the files. */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ProposalSet } from "../../core/proposals";
import type { Manifest } from "../../docs";
import { render, renderList } from "../../i18n";
import { useT } from "../lang-context";
import { emptyDossierKey } from "../view/dossier-notes";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "12em", overflowY: "auto" },
});

const LISTED = 20;

export function DossierSummary({ set, manifest }: { set: ProposalSet; manifest: Manifest }) {
  const t = useT();
  const styles = useStyles();
  const empty = emptyDossierKey(set, manifest);
  const counts = (header: string, list: ProposalSet["counts"]["upward"], id: string) =>
    list.length > 0 && (
      <div data-testid={id}>
        <Text weight="semibold">{header}</Text>
        <ul className={styles.list}>
          {list.map((c) => (
            <li key={c.title}>{t("docs.generate.countLine", { title: c.title, units: c.units, persons: c.persons })}</li>
          ))}
        </ul>
      </div>
    );
  return (
    <div className={styles.box}>
      {empty !== null && <Text data-testid="dossier-empty">{t(empty)}</Text>}
      {counts(t("docs.generate.upward"), set.counts.upward, "counts-upward")}
      {counts(t("docs.generate.own"), set.counts.own, "counts-own")}
      {set.adHoc.length > 0 && <Text>{t("docs.generate.adHoc", { count: set.adHoc.length })}</Text>}
      {set.notApproved > 0 && <Text data-testid="not-approved">{t("taskpane.generate.notApproved", { count: set.notApproved })}</Text>}
      {set.pending.length > 0 && (
        <details>
          <summary>{t("docs.generate.pendingHeader", { count: set.pending.length })}</summary>
          <ul className={styles.list}>
            {set.pending.map((p) => (
              <li key={`${p.subject}|${p.title}`}>
                <Caption1>
                  {t("docs.generate.pendingLine", {
                    code: p.subject,
                    name: set.subjects[p.subject]?.name ?? p.subject,
                    title: p.title,
                    missing: renderList(t, p.missing),
                  })}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {set.warnings.length > 0 && (
        <details>
          <summary>{t("docs.generate.warningsHeader", { count: set.warnings.length })}</summary>
          <ul className={styles.list}>
            {set.warnings.map((w, i) => (
              <li key={i}>
                <Caption1>
                  {w.subject ? `${w.subject} ${set.subjects[w.subject]?.name ?? ""}: ` : ""}
                  {render(t, w.message)}
                </Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
      {manifest.files.length > 0 && (
        <details data-testid="dossier-files">
          <summary>{t("taskpane.generate.files", { count: manifest.files.length })}</summary>
          <ul className={styles.files}>
            {manifest.files.slice(0, LISTED).map((f) => (
              <li key={f.path}>
                <Caption1>{f.path}</Caption1>
              </li>
            ))}
            {manifest.files.length > LISTED && (
              <li>
                <Caption1>{t("taskpane.generate.moreFiles", { count: manifest.files.length - LISTED })}</Caption1>
              </li>
            )}
          </ul>
        </details>
      )}
    </div>
  );
}
