import { inflateSync } from 'node:zlib';

/**
 * Text of a PDF as Chromium (Skia) writes it: Type0 fonts with Identity-H encoding and a
 * ToUnicode CMap, uncompressed cross-reference table, Flate-compressed content streams.
 *
 * Why our own reader: pdftotext (poppler-utils) is not on the machines and .ci/run does not
 * install it, and a PDF library (pdf-parse, unpdf) would be a new dependency for one test. This
 * reader only understands what Skia emits; anything else fails loudly (no text found) rather than
 * passing silently. Returns one string per page, lines separated by "\n".
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = parseObjects(pdf);
  const cmaps = new Map<number, Map<string, string>>();
  const toUnicode = (fontRef: number): Map<string, string> | undefined => {
    if (cmaps.has(fontRef)) return cmaps.get(fontRef);
    const font = objects.get(fontRef);
    const ref = font && /\/ToUnicode\s+(\d+)\s+\d+\s+R/.exec(font.dict)?.[1];
    const stream = ref ? objects.get(Number(ref)) : undefined;
    const map = stream?.data ? parseCMap(streamText(stream)) : undefined;
    if (map) cmaps.set(fontRef, map);
    return map;
  };

  const pages = [...objects.values()].filter((object) => /\/Type\s*\/Page\b(?!s)/.test(object.dict));
  // Page order: the /Kids of the page tree, else object order.
  const tree = [...objects.values()].find((object) => /\/Type\s*\/Pages\b/.test(object.dict) && !/\/Parent\b/.test(object.dict));
  const order = tree ? [...(/\/Kids\s*\[([^\]]*)\]/.exec(tree.dict)?.[1] ?? '').matchAll(/(\d+)\s+\d+\s+R/g)].map((match) => Number(match[1])) : [];
  pages.sort((a, b) => order.indexOf(a.number) - order.indexOf(b.number));

  return pages.map((page) => {
    const fonts = resourceRefs(objects, page.dict, 'Font');
    const xobjects = resourceRefs(objects, page.dict, 'XObject');
    const contents = /\/Contents\s+(?:(\d+)\s+\d+\s+R|\[([^\]]*)\])/.exec(page.dict);
    const refs = contents ? (contents[1] ? [Number(contents[1])] : [...contents[2].matchAll(/(\d+)\s+\d+\s+R/g)].map((match) => Number(match[1]))) : [];
    const out: string[] = [];
    for (const ref of refs) {
      const stream = objects.get(ref);
      if (stream?.data) runContent(streamText(stream), fonts, xobjects, objects, toUnicode, out, 0);
    }
    return out
      .join('')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
  });
}

interface PdfObject {
  number: number;
  dict: string;
  data?: Buffer;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = header.lastIndex;
    const end = text.indexOf('endobj', start);
    if (end === -1) break;
    const streamAt = text.indexOf('stream', start);
    if (streamAt !== -1 && streamAt < end) {
      const dict = text.slice(start, streamAt);
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
      let dataStart = streamAt + 'stream'.length;
      if (text[dataStart] === '\r') dataStart++;
      if (text[dataStart] === '\n') dataStart++;
      const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
      objects.set(Number(match[1]), { number: Number(match[1]), dict, data: pdf.subarray(dataStart, dataEnd) });
      const after = text.indexOf('endobj', dataEnd);
      header.lastIndex = after === -1 ? text.length : after + 'endobj'.length;
    } else {
      objects.set(Number(match[1]), { number: Number(match[1]), dict: text.slice(start, end) });
      header.lastIndex = end + 'endobj'.length;
    }
  }
  if (objects.size === 0) throw new Error('pdf-text: no objects found (not a PDF, or one with object streams)');
  return objects;
}

function streamText(object: PdfObject): string {
  const data = object.data ?? Buffer.alloc(0);
  const decoded = /\/FlateDecode/.test(object.dict) ? inflateSync(data) : data;
  return decoded.toString('latin1');
}

/** `/Font << /F4 4 0 R … >>` of a page or form, the resources dictionary inline or referenced. */
function resourceRefs(objects: Map<number, PdfObject>, dict: string, kind: 'Font' | 'XObject'): Map<string, number> {
  let resources = dict;
  const indirect = /\/Resources\s+(\d+)\s+\d+\s+R/.exec(dict);
  if (indirect) resources = objects.get(Number(indirect[1]))?.dict ?? '';
  const refs = new Map<string, number>();
  const inline = new RegExp(`/${kind}\\s*<<([^>]*)>>`).exec(resources);
  let body = inline?.[1];
  if (!body) {
    const ref = new RegExp(`/${kind}\\s+(\\d+)\\s+\\d+\\s+R`).exec(resources);
    body = ref ? objects.get(Number(ref[1]))?.dict : undefined;
  }
  for (const match of (body ?? '').matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) refs.set(match[1], Number(match[2]));
  return refs;
}

function utf16(hex: string): string {
  const bytes = Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  let result = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) result += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
  return result;
}

function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const entry of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(entry[1].toLowerCase(), utf16(entry[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const entry of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]*)>|\[([^\]]*)\])/g)) {
      const [, lowHex, highHex, start, list] = entry;
      const low = parseInt(lowHex, 16);
      const high = parseInt(highHex, 16);
      const width = lowHex.length;
      const targets = list ? [...list.matchAll(/<([0-9a-fA-F]*)>/g)].map((item) => utf16(item[1])) : undefined;
      for (let code = low; code <= high; code++) {
        const key = code.toString(16).padStart(width, '0');
        if (targets) map.set(key, targets[code - low] ?? '');
        else {
          const base = utf16(start!);
          map.set(key, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - low));
        }
      }
    }
  }
  return map;
}

type Token = { kind: 'hex' | 'str' | 'num' | 'name' | 'op' | 'open' | 'close'; value: string };

function* tokens(content: string): Generator<Token> {
  let i = 0;
  const n = content.length;
  while (i < n) {
    const c = content[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
      continue;
    }
    if (c === '[') {
      i++;
      yield { kind: 'open', value: '[' };
      continue;
    }
    if (c === ']') {
      i++;
      yield { kind: 'close', value: ']' };
      continue;
    }
    if (c === '<' && content[i + 1] === '<') {
      i += 2;
      yield { kind: 'op', value: '<<' };
      continue;
    }
    if (c === '>' && content[i + 1] === '>') {
      i += 2;
      yield { kind: 'op', value: '>>' };
      continue;
    }
    if (c === '<') {
      const end = content.indexOf('>', i);
      yield { kind: 'hex', value: content.slice(i + 1, end).replace(/\s+/g, '') };
      i = end + 1;
      continue;
    }
    if (c === '(') {
      let depth = 1;
      let value = '';
      i++;
      while (i < n && depth > 0) {
        const ch = content[i];
        if (ch === '\\') {
          const next = content[i + 1];
          const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
          if (next in escapes) {
            value += escapes[next];
            i += 2;
            continue;
          }
          const octal = /^[0-7]{1,3}/.exec(content.slice(i + 1, i + 4));
          if (octal) {
            value += String.fromCharCode(parseInt(octal[0], 8));
            i += 1 + octal[0].length;
            continue;
          }
          i += 2;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')' && --depth === 0) {
          i++;
          break;
        }
        value += ch;
        i++;
      }
      yield { kind: 'str', value };
      continue;
    }
    if (c === '/') {
      let j = i + 1;
      while (j < n && !/[\s/<>[\]()%{}]/.test(content[j])) j++;
      yield { kind: 'name', value: content.slice(i + 1, j) };
      i = j;
      continue;
    }
    let j = i;
    while (j < n && !/[\s/<>[\]()%{}]/.test(content[j])) j++;
    if (j === i) {
      i++;
      continue;
    }
    const word = content.slice(i, j);
    yield { kind: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) ? 'num' : 'op', value: word };
    i = j;
  }
}

function runContent(
  content: string,
  fonts: Map<string, number>,
  xobjects: Map<string, number>,
  objects: Map<number, PdfObject>,
  toUnicode: (fontRef: number) => Map<string, string> | undefined,
  out: string[],
  depth: number,
): void {
  let cmap: Map<string, string> | undefined;
  const decode = (token: Token): string => {
    const hex = token.kind === 'hex' ? token.value.toLowerCase() : Buffer.from(token.value, 'latin1').toString('hex');
    if (!cmap) return token.kind === 'str' ? token.value : '';
    // Identity-H: two-byte codes; fall back to one byte for simple fonts.
    const width = [...cmap.keys()][0]?.length ?? 4;
    let text = '';
    for (let i = 0; i < hex.length; i += width) text += cmap.get(hex.slice(i, i + width)) ?? '';
    return text;
  };
  const stack: Token[] = [];
  let array: Token[] | undefined;
  let lastY: number | undefined;
  for (const token of tokens(content)) {
    if (token.kind === 'open') {
      array = [];
      continue;
    }
    if (token.kind === 'close') {
      stack.push({ kind: 'op', value: '[]' });
      continue;
    }
    if (array && token.kind !== 'op') {
      array.push(token);
      continue;
    }
    if (token.kind !== 'op') {
      stack.push(token);
      continue;
    }
    const operands = stack.splice(0);
    switch (token.value) {
      case 'Tf': {
        const name = operands.find((operand) => operand.kind === 'name')?.value;
        const ref = name ? fonts.get(name) : undefined;
        cmap = ref !== undefined ? toUnicode(ref) : undefined;
        break;
      }
      case 'Tj':
      case "'":
      case '"': {
        const string = [...operands].reverse().find((operand) => operand.kind === 'hex' || operand.kind === 'str');
        if (token.value !== 'Tj') out.push('\n');
        if (string) out.push(decode(string));
        break;
      }
      case 'TJ': {
        for (const item of array ?? []) {
          if (item.kind === 'num') {
            if (Number(item.value) < -250) out.push(' ');
          } else out.push(decode(item));
        }
        array = undefined;
        break;
      }
      case 'Tm': {
        const y = Number(operands[5]?.value);
        if (lastY === undefined || Math.abs(y - lastY) > 0.5) out.push('\n');
        lastY = y;
        break;
      }
      case 'Td':
      case 'TD': {
        if (Number(operands[1]?.value) !== 0) out.push('\n');
        break;
      }
      case 'T*':
        out.push('\n');
        break;
      case 'BT':
        lastY = undefined;
        break;
      case 'ET':
        out.push('\n');
        break;
      case 'Do': {
        const name = operands.find((operand) => operand.kind === 'name')?.value;
        const form = name ? objects.get(xobjects.get(name) ?? -1) : undefined;
        if (form?.data && /\/Subtype\s*\/Form/.test(form.dict) && depth < 8) {
          const formFonts = resourceRefs(objects, form.dict, 'Font');
          const formXObjects = resourceRefs(objects, form.dict, 'XObject');
          runContent(streamText(form), formFonts.size ? formFonts : fonts, formXObjects, objects, toUnicode, out, depth + 1);
        }
        break;
      }
      default:
        break;
    }
    if (token.value !== 'TJ') array = undefined;
  }
}
