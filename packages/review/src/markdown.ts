/**
 * Text from a pull request (file names, quoted code, suppression reasons) put into Markdown
 * that GitHub renders in public comments. Escaped so that it stays text: no HTML, no links or
 * images, no @-mentions (which notify people), no line breaks that would end a list item or a
 * table row, no way out of a code span.
 */

/** Control characters (C0 but tab, DEL, C1) and line or paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are replaced
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One line of plain text, every Markdown-active character escaped. */
export function markdownText(text: string): string {
  return (
    text
      .replace(CONTROL, " ")
      .replace(/[\\`*_[\]|<>~&]/g, (c) => `\\${c}`)
      // Block syntax (a heading, a list, a quote) only at the start of a line.
      .replace(/^([#+\-=>!])/, "\\$1")
      // A zero-width space after "@" keeps a mention from forming (a backslash does not stop GitHub's).
      .replace(/@/g, "@\u200b")
      // Bare URLs would be autolinked.
      .replace(/:\/\//g, ":\u200b//")
  );
}

/** `text` as an inline code span: inside one nothing is active; the fence outgrows any backtick run. */
export function inlineCode(text: string): string {
  const flat = text.replace(CONTROL, " ");
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || /^ .* $/.test(flat) ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A message that quotes code between single backticks: the quoted parts become code spans
 * (made by `inlineCode`, so they cannot be broken out of), the rest is escaped text. When the
 * backticks do not pair up, the whole message is escaped text.
 */
export function markdownMessage(message: string): string {
  const parts = message.replace(CONTROL, " ").split("`");
  if (parts.length % 2 === 0) return markdownText(message);
  return parts.map((part, index) => (index % 2 ? inlineCode(part) : markdownText(part))).join("");
}
