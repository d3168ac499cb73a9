/**
 * Mermaid's parser in Node: it needs `window` and `document` (DOMPurify sanitises titles and
 * labels while parsing), so a happy-dom window is installed globally before mermaid is imported.
 *
 * Known happy-dom difference: DOMPurify there drops the text before the first tag of a string
 * (`Two<br>lines` → `<br>lines`); browsers keep it. Labels that contain our own `<br>` are
 * therefore checked in the emitted source, not in the parsed diagram.
 */
import { Window } from 'happy-dom';

type MermaidModule = typeof import('mermaid');
type Mermaid = MermaidModule['default'];

let loaded: Promise<Mermaid> | undefined;

function installDom(): void {
  const scope = globalThis as Record<string, unknown>;
  if (scope.window && scope.document) return;
  const window = new Window({ url: 'http://localhost/' });
  scope.window = window;
  scope.document = window.document;
  for (const key of ['Element', 'HTMLElement', 'SVGElement', 'Node', 'DOMParser', 'DocumentFragment', 'Text']) {
    if (!(key in scope)) scope[key] = (window as unknown as Record<string, unknown>)[key];
  }
}

/** Mermaid, initialised once with the defaults a page would use. */
export function loadMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    installDom();
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loaded;
}

/**
 * Parses a source the way `mermaid.render` does (preprocessing, entity encoding, grammar) and
 * returns the diagram's database and the frontmatter config; throws on a parse error.
 */
// mermaid's diagram databases are untyped: each test reads the fields of its diagram type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function parseDiagram(source: string): Promise<{ type: string; db: any; config: Record<string, any> }> {
  const mermaid = await loadMermaid();
  const { config } = await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { type: diagram.type, db: diagram.db, config: config as Record<string, any> };
}

/**
 * What the browser finally shows for a parsed label: mermaid stores `#NN;` as `ﬂ°°NN¶ß`, turns it
 * into `&#NN;` in the SVG (`decodeEntities`), and the HTML parser makes it a character.
 */
export function displayedText(parsed: string): string {
  return parsed.replace(/ﬂ°°(\d+)¶ß/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/ﬂ°(\w+)¶ß/g, '&$1;');
}
