/**
 * Text from the scanned repository (file names, messages that quote its source, suppression
 * reasons) made safe to print on a terminal or into a CI log.
 *
 * A file name may contain a line break: printed as is, the next line could begin with `::` and
 * be run by the GitHub Actions runner as a workflow command. It may contain ESC and with it an
 * ANSI sequence that clears the screen, rewrites earlier lines or sets the window title. So
 * every control character is shown as a visible escape instead: the C0 controls (CR, LF, ESC,
 * tab…), DEL, the C1 controls (NEL, CSI…), the Unicode line and paragraph separators, and the
 * bidirectional overrides and isolates that make text read differently from how it is stored.
 * Our own colouring is applied after escaping, so it is the only escape sequence that reaches
 * the terminal.
 */

/** Every character `terminalText` replaces. */
// eslint-disable-next-line no-control-regex -- control characters are what this module finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, less LF and CR: for text whose line breaks are our own. */
const UNSAFE_BUT_LINE_BREAKS =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What `JSON.stringify` leaves raw in strings (it escapes C0; outside strings, JSON has only ASCII). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function visible(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * `text` with every control character replaced by a visible escape (`\n`, `\x1b`, `\u2028`):
 * it prints as one line and sends nothing but printable characters to the terminal.
 */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * A whole output line that begins with workspace text (stylish's file-name header): escaped as
 * `terminalText`, and never a line the Actions runner would take for a workflow command
 * (`::error::…`), since a file may be named so: such a name is shown as `./::…`.
 */
export function terminalLine(text: string): string {
  const escaped = terminalText(text);
  return escaped.startsWith("::") ? `./${escaped}` : escaped;
}

/**
 * Like `terminalText`, but LF and CR stay: for a text of several lines built by us (a stack
 * trace), or one whose line breaks a later step encodes (workflow command data).
 */
export function terminalLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, visible);
}

/**
 * JSON that is also safe on a terminal. `JSON.stringify` escapes C0 controls in strings but not
 * DEL, the C1 controls, U+2028/U+2029 or the bidirectional controls; those can only occur inside
 * string literals (the rest of JSON is ASCII, its line breaks the indentation's own), where a
 * `\uXXXX` escape means the same character. So the result parses to the same value.
 */
export function terminalJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_JSON,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
