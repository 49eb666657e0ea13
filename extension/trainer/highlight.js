// Copyright 2026 The Pronto Authors.
//
// Shows a reply read-only with its findings' UTF-16 spans highlighted: with
// the CSS Custom Highlight API (::highlight(pronto-warning) …) where the
// browser has it, else with <mark> elements built from text slices. Never
// used on the trainee's own textarea. Text goes in as text nodes only.

const SEVERITIES = ['info', 'warning', 'stop'];
const rank = (severity) => SEVERITIES.indexOf(severity);

/** True when the browser has the CSS Custom Highlight API. */
export const customHighlights = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

// Every rendered reply and its ranges; the page-wide highlights are rebuilt
// from this whenever a rendering changes.
const rendered = new Map();  // element → {severity → Range[]}
let focused = null;

function rebuild() {
  if (!customHighlights) return;
  for (const [el] of rendered) if (!el.isConnected) rendered.delete(el);
  for (const severity of SEVERITIES) {
    const ranges = [];
    for (const bySeverity of rendered.values()) ranges.push(...(bySeverity[severity] ?? []));
    if (ranges.length) CSS.highlights.set(`pronto-${severity}`, new Highlight(...ranges));
    else CSS.highlights.delete(`pronto-${severity}`);
  }
}

/**
 * Renders `text` into `container` (emptied first) with `findings`
 * highlighted; returns the count of highlighted spans.
 * @param {HTMLElement} container
 * @param {string} text
 * @param {{severity: string, start: number, end: number}[]} findings
 */
export function renderHighlighted(container, text, findings) {
  container.replaceChildren();
  const spans = findings.filter((f) => f.end > f.start && f.start < text.length);
  if (customHighlights) {
    const node = document.createTextNode(text);
    container.append(node);
    const bySeverity = {};
    for (const f of spans) {
      const range = new Range();
      range.setStart(node, f.start);
      range.setEnd(node, Math.min(f.end, text.length));
      (bySeverity[f.severity] ??= []).push(range);
    }
    rendered.set(container, bySeverity);
    container.dataset.highlight = 'css';
    rebuild();
  } else {
    // Cut the text at every span edge; each piece takes the strongest severity covering it.
    const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, Math.min(f.end, text.length)])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const covering = spans.filter((f) => f.start <= from && f.end >= to);
      const piece = text.slice(from, to);
      if (!covering.length) {
        container.append(piece);
        continue;
      }
      const mark = document.createElement('mark');
      const strongest = covering.reduce((a, b) => (rank(b.severity) > rank(a.severity) ? b : a));
      mark.className = `finding-${strongest.severity}`;
      mark.dataset.start = String(from);
      mark.dataset.end = String(to);
      mark.textContent = piece;
      container.append(mark);
    }
    container.dataset.highlight = 'mark';
  }
  container.dataset.highlightCount = String(spans.length);
  return spans.length;
}

/** Emphasises one span of a rendering (the finding under the pointer); null clears. */
export function focusSpan(container, finding) {
  if (customHighlights) {
    if (!finding || !container?.firstChild) {
      CSS.highlights.delete('pronto-focus');
      focused = null;
      return;
    }
    const node = container.firstChild;
    const range = new Range();
    range.setStart(node, Math.min(finding.start, node.length));
    range.setEnd(node, Math.min(finding.end, node.length));
    focused = range;
    CSS.highlights.set('pronto-focus', new Highlight(focused));
    return;
  }
  for (const mark of document.querySelectorAll('mark.focused')) mark.classList.remove('focused');
  if (!finding || !container) return;
  for (const mark of container.querySelectorAll('mark')) {
    if (Number(mark.dataset.start) >= finding.start && Number(mark.dataset.end) <= finding.end) mark.classList.add('focused');
  }
}
