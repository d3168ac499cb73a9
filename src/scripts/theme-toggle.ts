// Cycles auto → light → dark; the inline script in <head> applies the stored choice before paint.
const KEY = 'kickoff-theme';
const ORDER = ['auto', 'light', 'dark'] as const;
type Theme = (typeof ORDER)[number];

function stored(): Theme {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

function apply(theme: Theme) {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const labels = JSON.parse(button.dataset.labels ?? '{}') as Record<Theme, string>;
    const label = button.querySelector('[data-theme-label]');
    if (label) label.textContent = labels[theme] ?? theme;
    button.dataset.current = theme;
  }
}

apply(stored());
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.addEventListener('click', () => {
    const next = ORDER[(ORDER.indexOf(stored()) + 1) % ORDER.length];
    try {
      if (next === 'auto') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    apply(next);
  });
}
