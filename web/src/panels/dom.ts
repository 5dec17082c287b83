/**
 * A small helper for building DOM: `h(tag, props, ...children)`. Props become
 * attributes (`false`/`null`/`undefined` leave them out); `on` binds listeners.
 */

export type Child = Node | string | number | null | undefined | false;
type AttributeValue = string | number | boolean | null | undefined;
type Listeners = { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

export interface Props {
  readonly [attribute: string]: AttributeValue | Listeners;
  readonly on?: Listeners;
}

/** Creates an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') continue;
    setAttribute(element, name, value as AttributeValue);
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  element.append(...toNodes(children));
  return element;
}

/**
 * Sets an attribute from a value: `true` → present and empty, `false`/null/undefined → removed.
 * `style` goes through the CSSOM: the server's Content Security Policy refuses
 * inline style attributes, but not styles set from script.
 */
export function setAttribute(element: Element, name: string, value: AttributeValue): void {
  if (name === 'style' && element instanceof HTMLElement) element.style.cssText = value === false || value === null || value === undefined ? '' : String(value);
  else if (value === false || value === null || value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value === true ? '' : String(value));
}

/** Replaces an element's children. */
export function replaceChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(...toNodes(children));
}

function toNodes(children: readonly Child[]): Array<Node | string> {
  const nodes: Array<Node | string> = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    nodes.push(typeof child === 'number' ? String(child) : child);
  }
  return nodes;
}

/**
 * Runs `render` (which replaces `root`'s content) and puts keyboard focus back on
 * the element with the same `data-focus` name, so re-rendering a panel does not
 * throw the user's focus to the top of the page.
 */
export function renderKeepingFocus(root: Element, render: () => void): void {
  const active = document.activeElement;
  const name = active instanceof HTMLElement && root.contains(active) ? active.dataset['focus'] : undefined;
  render();
  if (name === undefined) return;
  const again = root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(name)}"]`);
  again?.focus();
}
