// Loads pagefind's Component UI only when the reader opens search (button or Ctrl/⌘+K), so
// reading pages ship almost no JavaScript. Works under a sub-path: the bundle path comes from
// the site's base, which the layout writes to <body data-base>.
type PagefindModal = HTMLElement & { open?: () => void };

const base = document.body.dataset.base ?? '/';
const labels = { de: { type: 'Typ' }, en: { type: 'Type' } }[document.documentElement.lang === 'en' ? 'en' : 'de'];
let modal: Promise<PagefindModal> | undefined;

function loadModal(): Promise<PagefindModal> {
  modal ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${base}pagefind/pagefind-component-ui.css`;
    document.head.append(css);
    await import(/* @vite-ignore */ `${base}pagefind/pagefind-component-ui.js`);
    const element = document.createElement('pagefind-modal') as PagefindModal;
    element.innerHTML = `
      <pagefind-modal-header><pagefind-input></pagefind-input></pagefind-modal-header>
      <pagefind-modal-body>
        <pagefind-filter-dropdown filter="type" label="${labels.type}"></pagefind-filter-dropdown>
        <pagefind-summary></pagefind-summary>
        <pagefind-results></pagefind-results>
      </pagefind-modal-body>
      <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>`;
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', `${base}pagefind/`);
    document.body.append(config, element);
    await customElements.whenDefined('pagefind-modal');
    return element;
  })();
  return modal;
}

async function openSearch() {
  const element = await loadModal();
  element.open?.();
}

for (const button of document.querySelectorAll('[data-search-open]')) button.addEventListener('click', () => void openSearch());
document.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    void openSearch();
  }
});
