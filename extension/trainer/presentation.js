// Copyright 2026 The Pronto Authors.
//
// Presentation mode: large type, no chrome. "p" or the button toggles it;
// arrows and PageUp/PageDown move between scenarios (in either mode);
// Escape leaves. Keys typed into a text field are left alone.

const typing = (target) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * @param {{button: HTMLButtonElement, onPrevious: () => void, onNext: () => void,
 *   onChange?: (presenting: boolean) => void, signal?: AbortSignal}} options
 * @returns {{set(on: boolean): void, get presenting(): boolean}}
 */
export function initPresentation({ button, onPrevious, onNext, onChange, signal }) {
  const root = document.documentElement;
  const set = (on) => {
    root.classList.toggle('presenting', on);
    button.setAttribute('aria-pressed', String(on));
    onChange?.(on);
  };
  button.addEventListener('click', () => set(!root.classList.contains('presenting')), { signal });
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const presenting = root.classList.contains('presenting');
    if (event.key === 'Escape' && presenting) {
      set(false);
      event.preventDefault();
      return;
    }
    if (typing(event.target)) return;
    if (event.key === 'p' || event.key === 'P') set(!presenting);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') onPrevious();
    else if (event.key === 'ArrowRight' || event.key === 'PageDown') onNext();
    else return;
    event.preventDefault();
  }, { signal });
  return {
    set,
    get presenting() {
      return root.classList.contains('presenting');
    },
  };
}
