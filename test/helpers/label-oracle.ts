/**
 * What a diagram label should show, and mermaid's `#NN;` markers decoded, written here from the
 * rules alone so that the escape tests do not check src/lib/diagram/escape.ts with itself.
 */

/** Lone surrogates become U+FFFD; `\r\n` and every other control character (C0, DEL, C1, U+2028/9) one space each. */
export function shownLabel(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n/g, ' ')
    .split('')
    .map((unit) => (isControl(unit.charCodeAt(0)) ? ' ' : unit))
    .join('');
}

const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;

/** `#NN;` (a decimal code point) back to its character, as mermaid decodes its entity markers. */
export function decodeDecimalMarkers(encoded: string): string {
  return encoded.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
