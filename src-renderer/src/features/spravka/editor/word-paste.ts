// Word puts a list on the clipboard as paragraphs styled `mso-list:l0 level1 lfo1`, each with its bullet or number
// typed in a span marked `mso-list:Ignore`, not as <ul>/<ol>. This turns those runs into real lists, nested by
// level, before the editor's schema parses the HTML; everything else Word writes (<b>, <h2>, <table>) the schema
// reads as it is.

const LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i;
/** «1.», «a)», «iv.», «а)»: a number or letter with its dot or bracket; anything else is a bullet. */
const ORDERED_MARKER = /^\(?[0-9a-zа-яё]{1,5}[.)]$/i;

const levelOf = (p: Element): number | null => {
  const m = LIST_STYLE.exec(p.getAttribute('style') ?? '');
  return m ? Number(m[1]) : null;
};

/** The next element sibling, skipping the whitespace and comments Word leaves between paragraphs. */
function nextElement(node: Element): Element | null {
  let n = node.nextSibling;
  while (n && n.nodeType !== Node.ELEMENT_NODE) {
    if (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') return null;
    n = n.nextSibling;
  }
  return n as Element | null;
}

/** Removes the typed bullet or number and says whether it was a number. */
function takeMarker(p: Element): boolean {
  const ignored = [...p.querySelectorAll('span')].find((s) =>
    /mso-list:\s*ignore/i.test(s.getAttribute('style') ?? ''),
  );
  const marker = (ignored?.textContent ?? '').replace(/\s+/g, '').trim();
  ignored?.remove();
  return ORDERED_MARKER.test(marker);
}

function itemOf(doc: Document, p: Element): HTMLLIElement {
  const li = doc.createElement('li');
  const para = doc.createElement('p');
  while (p.firstChild) para.appendChild(p.firstChild);
  li.appendChild(para);
  return li;
}

/** One run of consecutive list paragraphs as one list, deeper levels nested in the item before them. */
function buildList(doc: Document, run: Element[]): HTMLElement {
  const stack: { level: number; list: HTMLElement }[] = [];
  for (const p of run) {
    const level = levelOf(p) ?? 1;
    const ordered = takeMarker(p);
    while (stack.length > 1 && (stack.at(-1)?.level ?? 0) > level) stack.pop();
    let top = stack.at(-1);
    if (!top || level > top.level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.appendChild(list);
      top = { level, list };
      stack.push(top);
    }
    top.list.appendChild(itemOf(doc, p));
  }
  return stack[0]?.list ?? doc.createElement('ul');
}

export function wordListsToHtml(html: string): string {
  if (!/mso-list/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const done = new Set<Element>();
  for (const p of doc.querySelectorAll('p')) {
    if (done.has(p) || levelOf(p) === null) continue;
    const run: Element[] = [];
    for (let n: Element | null = p; n && n.tagName === 'P' && levelOf(n) !== null; n = nextElement(n)) {
      run.push(n);
      done.add(n);
    }
    const list = buildList(doc, run);
    p.before(list);
    for (const q of run) q.remove();
  }
  return doc.body.innerHTML;
}
