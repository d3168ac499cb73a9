/** Text for SVG and HTML: the five characters XML reserves, escaped. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A number for SVG coordinates: at most one decimal, no trailing zeros. */
export const coordinate = (value: number) => String(Math.round(value * 10) / 10);

/** A linear scale from a domain to a range. */
export const scale = (domain: [number, number], range: [number, number]) => (value: number) =>
  range[0] + ((value - domain[0]) / (domain[1] - domain[0] || 1)) * (range[1] - range[0]);
