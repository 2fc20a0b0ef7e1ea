/**
 * Text for a Leaflet tooltip or popup, as a DOM node. Leaflet puts string content in with
 * innerHTML, so a case's title or a zone's name — typed by users — given as a string would be
 * read as markup (a link, a style sheet). Pass this node, or a function returning it, instead.
 */
export function plainText(text: string): HTMLElement {
  const node = document.createElement('span');
  node.textContent = text;
  return node;
}
