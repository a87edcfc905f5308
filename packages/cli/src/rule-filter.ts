import type { AnyRule, RuleSettings } from "@dag-transport/core";
import { UsageError } from "./options.js";

/**
 * `--rule <id>`: every other rule is turned off (rather than left out, so suppressions naming
 * them are still recognised); a chosen rule that the configuration turns off runs at its
 * recommended severity, because asking for it by name means running it.
 */
export function onlyRules(
  selected: readonly string[],
  settings: RuleSettings,
  rules: readonly AnyRule[],
): RuleSettings {
  if (!selected.length) return settings;
  const known = new Set(rules.map((r) => r.id));
  const unknown = selected.filter((id) => !known.has(id));
  if (unknown.length)
    throw new UsageError(`unknown rule '${unknown.join("', '")}' (known rules: ${[...known].join(", ")})`);
  const narrowed: RuleSettings = {};
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (!selected.includes(rule.id)) narrowed[rule.id] = { severity: "off" };
    else if (setting?.severity === "off")
      narrowed[rule.id] = { ...setting, severity: rule.meta.recommendedSeverity };
    else if (setting) narrowed[rule.id] = setting;
  }
  return narrowed;
}
