/**
 * Matching a global regex in a hot loop. `String.prototype.matchAll` clones
 * the regex and builds an iterator on every call, which costs about as much as
 * the match itself on a short sentence; `exec` with `lastIndex` does not.
 */

/** Every match of the global (or sticky) regex `re` in `text`, in order. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
