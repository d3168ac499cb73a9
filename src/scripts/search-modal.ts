// Loads pagefind's Component UI only when the reader opens search (button or Ctrl/⌘+K), so
// reading pages ship almost no JavaScript. Works under a sub-path: the bundle path comes from
// the site's base, which the layout writes to <body data-base>.
type PagefindModal = HTMLElement & { open?: () => void };

const base = document.body.dataset.base ?? '/';
// The filter's name in the site's language, written by the layout beside the search button.
const typeLabel = document.querySelector<HTMLElement>('[data-search-open]')?.dataset.typeLabel ?? 'Type';
let modal: Promise<PagefindModal> | undefined;

function loadModal(): Promise<PagefindModal> {
  modal ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${base}pagefind/pagefind-component-ui.css`;
    document.head.append(css);
    await import(/* @vite-ignore */ `${base}pagefind/pagefind-component-ui.js`);
    const config = document.createElement('pagefind-config');
    config.setAttribute('bundle-path', `${base}pagefind/`);
    // An empty modal builds pagefind's default dialog (input, summary, results, keyboard hints);
    // children given up front would be moved into the dialog and set up twice.
    const element = document.createElement('pagefind-modal') as PagefindModal;
    document.body.append(config, element);
    await customElements.whenDefined('pagefind-modal');
    await addTypeFilter(element);
    return element;
  })();
  return modal;
}

/** Adds the filter by page type (Phase, Rolle, …) above the results, named for screen readers. */
async function addTypeFilter(modal: HTMLElement) {
  const body = await waitFor(() => modal.querySelector('pagefind-modal-body'));
  if (!body) return;
  const filter = document.createElement('pagefind-filter-dropdown');
  filter.setAttribute('filter', 'type');
  filter.setAttribute('label', typeLabel);
  body.prepend(filter);
  const nameTrigger = () => {
    const trigger = filter.querySelector('.pf-dropdown-trigger, [role="combobox"]');
    if (trigger && !trigger.hasAttribute('aria-label')) trigger.setAttribute('aria-label', typeLabel);
  };
  // The dropdown re-renders its button (when filters load), so the name is set on every render.
  nameTrigger();
  new MutationObserver(nameTrigger).observe(filter, { childList: true, subtree: true });
}

/** Polls once per frame (up to ~1 s) until `find` returns an element. */
async function waitFor<T>(find: () => T | null): Promise<T | null> {
  for (let frame = 0; frame < 60; frame++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
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
