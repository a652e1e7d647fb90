/**
 * The edits tests make to a fixture's text: each must find what it changes.
 * A plain `.replace()` that matches nothing (after the fixture changed)
 * leaves the text as it was, and the test then checks the unchanged text
 * while claiming to check the edited one.
 */

/** `text` with the one occurrence of `from` replaced by `to`; throws when `from` occurs zero or several times. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`replaceOnce: ${JSON.stringify(from)} is not in the text`);
  if (text.indexOf(from, at + 1) >= 0)
    throw new Error(`replaceOnce: ${JSON.stringify(from)} occurs more than once in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
