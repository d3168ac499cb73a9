import type { MermaidConfig } from 'mermaid';

/**
 * The one mermaid configuration of the site: build-time rendering in Chromium and the fallback
 * in readers' browsers draw with it, so a diagram looks the same either way. Always the light
 * (neutral) theme: on a dark screen the stylesheet inverts the diagram's card (site.css).
 */
export function mermaidConfig(): MermaidConfig {
  return { startOnLoad: false, securityLevel: 'strict', theme: 'neutral', fontFamily: 'system-ui, sans-serif', gantt: { useWidth: 1100 } };
}

/** Where the site serves mermaid for readers' browsers, relative to the site's base. */
export const MERMAID_CLIENT_PATH = '_vendor/mermaid/mermaid.esm.min.mjs';
