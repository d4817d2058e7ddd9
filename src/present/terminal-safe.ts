/**
 * The last gate before the terminal: only the escape sequences `article`
 * writes itself (SGR colours, and OSC 8 hyperlinks to http(s) and mailto
 * URLs) pass; every other control character, C1 code point or bidi override
 * is dropped, wherever it came from (an entity decoded while rendering, a file
 * name in an error message, a page's metadata).
 */
const CONTROL_OR_OURS =
  // eslint-disable-next-line no-control-regex
  /\u001b\[[0-9;]*m|\u001b\]8;[^;\u0007\u001b]*;([^\u0000-\u001f\u007f-\u009f]*)(?:\u0007|\u001b\\)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const SAFE_LINK = /^(?:https?:\/\/|mailto:)[^\s<>"]*$/i;

// The SGR codes our styles use: reset, bold, dim, italic, underline, strike and their ends, and colours.
// Others (conceal 8, blink, reverse) would hide or disguise text, so they never pass, even marked as ours.
const OUR_SGR = /^\u001b\[(?:(?:0|1|2|3|4|9|22|23|24|29|3[0-79]|4[0-79]|9[0-7]|10[0-7]|[34]8;5;\d{1,3}|[34]8;2;\d{1,3};\d{1,3};\d{1,3})(?:;|m$))*m?$/;

/**
 * Text fit for a terminal: every control removed but, where `ours` (text our
 * presenters coloured), SGR colours and safe links.
 */
export function terminalSafe(text: string, ours = true): string {
  return text.replace(CONTROL_OR_OURS, (match, url: string | undefined) => {
    if (!ours) return '';
    if (match.startsWith('\u001b[')) return OUR_SGR.test(match) ? match : '';
    if (url !== undefined) return url === '' || SAFE_LINK.test(url) ? match : '';
    return '';
  });
}

const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** JSON.stringify escapes C0 only; escape DEL, C1, bidi controls and line separators too. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
