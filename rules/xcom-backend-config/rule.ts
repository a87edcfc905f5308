/**
 * xcom-backend-config — the XCom backend's own configuration, in deployment files (airflow.cfg,
 * env files, compose, Helm values, Kubernetes manifests, Dockerfile ENV). The policy
 * (docs/policy.md): the backend's settings must actually take effect (the dotted-section
 * `common.io` names), and the threshold protects location, not serialization. Verified in Airflow's source:
 *
 * - apache/airflow `airflow/configuration.py` at 2.10.3: `_env_var_name` reads
 *   `AIRFLOW__{section.replace('.', '_').upper()}__{KEY}`; a name with a dot in its section is
 *   never looked up. `get()` asks the environment first, then airflow.cfg.
 * - providers-common-io/1.4.2 `airflow/providers/common/io/provider.yaml` and `xcom/backend.py`:
 *   `xcom_objectstorage_threshold` defaults to -1 and `threshold < 0` keeps every value in the
 *   database; 0 sends every value (control flow included) to object storage;
 *   `xcom_objectstorage_path` (default "") is read with `conf.get_mandatory_value` whenever an
 *   XCom is read back.
 * - 2.10.3 `airflow/config_templates/config.yml`: `[core] enable_xcom_pickling` (default False);
 *   `airflow/models/xcom.py` pickles every XCom when it is true.
 */
import path from "node:path";
import type { ConfigSetting, RuleDefinition, SettingSource } from "@dag-transport/core";
import { AIRFLOW_VERSION_SCHEMA, effectiveAirflowVersion, parseAirflowVersion } from "../airflow-version.js";

export interface XcomBackendConfigOptions {
  /** Deployment files the CLI lints (`.gitignore` syntax); default: see the rule's page. */
  files?: string[];
  airflowVersion?: number | string;
}

type MessageId =
  | "ignoredName"
  | "thresholdMissing"
  | "thresholdIgnored"
  | "thresholdNever"
  | "thresholdEverything"
  | "pathMissing"
  | "pickling"
  | "overridden"
  | "overrides";

const OBJECT_STORAGE_BACKEND = "airflow.providers.common.io.xcom.backend.XComObjectStorageBackend";
const XCOM_KEYS = new Set([
  "core.xcom_backend",
  "core.enable_xcom_pickling",
  "common.io.xcom_objectstorage_path",
  "common.io.xcom_objectstorage_threshold",
  "common.io.xcom_objectstorage_compression",
]);

/** Who wins when two sources set the same setting (Airflow's `conf.get`: environment, then airflow.cfg). */
const RANK: Record<SettingSource, number> = {
  "airflow.cfg": 0,
  "helm-config": 0,
  dockerfile: 1,
  "env-file": 2,
  env: 3,
};

function why(winner: ConfigSetting, loser: ConfigSetting): string {
  if (RANK[loser.source] === 0) return "Airflow reads the environment before airflow.cfg";
  if (loser.source === "dockerfile") return "the container's environment overrides the image's ENV";
  return "a service's `environment:` overrides its `env_file`";
}

const keyOf = (s: ConfigSetting) => (s.section && s.key ? `${s.section}.${s.key}` : undefined);

function where(from: string, setting: ConfigSetting): string {
  const rel =
    path.relative(path.dirname(from), setting.filePath).split(path.sep).join("/") || path.basename(from);
  return `${rel}:${setting.span.line}`;
}

/** The setting that applies at run time, among those with a literal value; undefined if none or a tie that disagrees. */
function winnerOf(settings: readonly ConfigSetting[]): ConfigSetting | undefined {
  let best: ConfigSetting | undefined;
  for (const s of settings) if (!best || RANK[s.source] > RANK[best.source]) best = s;
  return best;
}

function truthy(value: string): boolean {
  return ["t", "true", "1"].includes(value.trim().toLowerCase());
}

export const xcomBackendConfig: RuleDefinition<XcomBackendConfigOptions, MessageId> = {
  id: "xcom-backend-config",
  meta: {
    description:
      "The XCom backend's deployment configuration must take effect: no ignored AIRFLOW__COMMON.IO__ names, a real offload threshold and path for the object-storage backend, no XCom pickling.",
    recommendedSeverity: "error",
    messages: {
      ignoredName:
        "`{{name}}` is never read: Airflow looks this setting up as `{{intended}}` (dots in the section become underscores) and silently ignores this name. Rename it to `{{intended}}`.",
      thresholdMissing:
        "The object-storage XCom backend is configured here, but `[common.io] xcom_objectstorage_threshold` is not set anywhere in this deployment: its default -1 keeps every XCom in the database. Set `{{envName}}` to the size in bytes above which values go to object storage.",
      thresholdIgnored:
        "The object-storage XCom backend is configured here, but its threshold is set only as `{{ignored}}` ({{where}}), a name Airflow ignores: the default -1 keeps every XCom in the database. Rename it to `{{envName}}`.",
      thresholdNever:
        "`{{name}}` is -1: the object-storage XCom backend then keeps every XCom in the database and offloads nothing. Set it to the size in bytes above which values go to object storage (above your control-flow values).",
      thresholdEverything:
        "`{{name}}` is 0: every XCom, the small control-flow values too, is written to object storage and read back from it. Set it above your control-flow values, so they stay inline in the database.",
      pathMissing:
        "The object-storage XCom backend is configured here, but `[common.io] xcom_objectstorage_path` is not set in this deployment: the backend reads it as a mandatory setting whenever an XCom is read back, so tasks fail. Set `{{envName}}` (e.g. `s3://<conn_id>@<bucket>/xcom`).",
      pickling:
        "`{{name}}` turns XCom pickling on (Airflow {{airflowVersion}}): every XCom is then pickled, any object passes unchecked and unpickling runs code. Keep it false so XComs stay JSON.",
      overridden:
        "`{{name}}`{{shown}} never applies: {{winner}} ({{winnerAt}}) sets `{{setting}}` {{differently}} and wins at run time ({{why}}). Keep one of them.",
      overrides:
        "`{{name}}`{{shown}} wins at run time over {{loser}} ({{loserAt}}), which sets `{{setting}}` {{differently}} ({{why}}). Keep one of them.",
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        files: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description:
            "Deployment files the command line lints, as .gitignore patterns relative to the folder it lints; replaces the default list.",
        },
        airflowVersion: AIRFLOW_VERSION_SCHEMA,
      },
    },
  },
  defaultOptions: {},
  check(model, options, report) {
    const deployment = model.deployment;
    if (!deployment) return;
    const own = deployment.settings;
    const all = [...own, ...deployment.neighbours];
    const isOwn = (s: ConfigSetting) => own.includes(s);

    for (const setting of own) {
      if (!setting.ignoredName) continue;
      report({
        messageId: "ignoredName",
        data: { name: setting.name, intended: setting.ignoredName.intended },
        span: setting.span,
      });
    }

    const byKey = new Map<string, ConfigSetting[]>();
    for (const s of all) {
      const key = keyOf(s);
      if (key && XCOM_KEYS.has(key)) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(s);
    }
    const applied = (key: string) => winnerOf(byKey.get(key) ?? []);

    // Sources that disagree: every one involved is reported, with the one that wins named.
    for (const [key, settings] of byKey) {
      const literal = settings.filter((s) => s.value !== undefined);
      const winner = winnerOf(literal);
      if (!winner) continue;
      const losers = literal.filter(
        (s) =>
          s !== winner && RANK[s.source] < RANK[winner.source] && s.value!.trim() !== winner.value!.trim(),
      );
      const secretish = key.endsWith("_path");
      const shown = secretish ? () => "differently" : (s: ConfigSetting) => `to \`${s.value}\``;
      const own = (s: ConfigSetting) => (secretish ? "" : ` = \`${s.value}\``);
      const setting = `[${key.slice(0, key.lastIndexOf("."))}] ${key.slice(key.lastIndexOf(".") + 1)}`;
      for (const loser of losers) {
        if (isOwn(loser))
          report({
            messageId: "overridden",
            data: {
              name: loser.name,
              shown: own(loser),
              setting,
              winner: `\`${winner.name}\``,
              winnerAt: where(model.filePath, winner),
              differently: shown(winner),
              why: why(winner, loser),
            },
            span: loser.span,
          });
      }
      if (isOwn(winner) && losers[0])
        report({
          messageId: "overrides",
          data: {
            name: winner.name,
            shown: own(winner),
            setting,
            loser: `\`${losers[0].name}\``,
            loserAt: where(model.filePath, losers[0]),
            differently: shown(losers[0]),
            why: why(winner, losers[0]),
          },
          span: winner.span,
        });
    }

    // The object-storage backend, where this file is what configures it.
    const backend = applied("core.xcom_backend");
    if (backend && isOwn(backend) && backend.value?.trim() === OBJECT_STORAGE_BACKEND) {
      const threshold = applied("common.io.xcom_objectstorage_threshold");
      const envName = "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_THRESHOLD";
      if (!threshold) {
        const ignored = all.find((s) => s.ignoredName?.intended === envName);
        report(
          ignored
            ? {
                messageId: "thresholdIgnored",
                data: { ignored: ignored.name, where: where(model.filePath, ignored), envName },
                span: backend.span,
              }
            : { messageId: "thresholdMissing", data: { envName }, span: backend.span },
        );
      } else if (threshold.value !== undefined && isOwn(threshold)) {
        const value = threshold.value.trim();
        if (/^-\d+$/.test(value))
          report({ messageId: "thresholdNever", data: { name: threshold.name }, span: threshold.span });
        else if (/^0+$/.test(value))
          report({ messageId: "thresholdEverything", data: { name: threshold.name }, span: threshold.span });
      }
      const storagePath = applied("common.io.xcom_objectstorage_path");
      if (!storagePath || (storagePath.value !== undefined && storagePath.value.trim() === ""))
        report({
          messageId: "pathMissing",
          data: { envName: "AIRFLOW__COMMON_IO__XCOM_OBJECTSTORAGE_PATH" },
          span: storagePath && isOwn(storagePath) ? storagePath.span : backend.span,
        });
    }

    // Pickling: an option of Airflow 2 (verified at 2.10.3); not judged for Airflow 3.
    const version = effectiveAirflowVersion(options.airflowVersion, model);
    const major = parseAirflowVersion(version)?.[0];
    const pickling = applied("core.enable_xcom_pickling");
    if (
      major !== undefined &&
      major < 3 &&
      pickling &&
      isOwn(pickling) &&
      pickling.value &&
      truthy(pickling.value)
    )
      report({
        messageId: "pickling",
        data: { name: pickling.name, airflowVersion: version },
        span: pickling.span,
      });
  },
};
