/**
 * Text from documents and catalogs reaches a terminal: control characters (an ESC starts a terminal
 * command, a CR rewrites the line) and bidirectional overrides (which reorder what is shown) are printed
 * as visible escapes instead.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, "0")}` : `\\u${n.toString(16).padStart(4, "0")}`;
};

/** The text with every unsafe character shown as \xNN or \uNNNN (tabs kept). */
export function visible(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** visible() line by line, keeping the line breaks (a bilingual message has two lines). */
export function visibleLines(text: string): string {
  return text.split("\n").map(visible).join("\n");
}

// JSON.stringify already escapes C0 controls inside strings; these it leaves raw.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Indented JSON with C1 controls and bidi overrides escaped as \uNNNN (the same string to a JSON reader). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    UNSAFE_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
