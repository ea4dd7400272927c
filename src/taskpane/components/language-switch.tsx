/** Vietnamese / English switch: two toggle buttons in a labelled group. */
import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n";
import { useLang } from "../lang-context";

const useStyles = makeStyles({ group: { display: "flex", gap: tokens.spacingHorizontalXXS } });

const CHOICES: ReadonlyArray<{ lang: Lang; label: string; name: string }> = [
  { lang: "vi", label: "VI", name: "taskpane.lang.vi" },
  { lang: "en", label: "EN", name: "taskpane.lang.en" },
];

export function LanguageSwitch() {
  const { lang, t, setLang } = useLang();
  const styles = useStyles();
  return (
    <div role="group" aria-label={t("taskpane.lang.label")} className={styles.group}>
      {CHOICES.map((c) => (
        <ToggleButton
          key={c.lang}
          size="small"
          appearance={lang === c.lang ? "primary" : "subtle"}
          checked={lang === c.lang}
          aria-label={t(c.name)}
          title={t(c.name)}
          lang={c.lang}
          onClick={() => setLang(c.lang)}
        >
          {c.label}
        </ToggleButton>
      ))}
    </div>
  );
}
