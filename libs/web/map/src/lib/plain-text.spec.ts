import { plainText } from './plain-text';

/**
 * Just enough of a browser's DOM for the helper, without jsdom: as in a browser, markup given to
 * innerHTML becomes elements (here, those with an id) and only its text remains as text.
 */
class FakeElement {
  textContent = '';
  private readonly ids: string[] = [];

  set innerHTML(html: string) {
    this.ids.push(...[...html.matchAll(/<[a-z][^>]*\sid="([^"]*)"/gi)].map(([, id]) => id));
    this.textContent = html.replace(/<[^>]*>/g, '');
  }

  querySelector(selector: string): { id: string } | null {
    const id = this.ids.find((candidate) => `#${candidate}` === selector);
    return id ? { id } : null;
  }
}

describe('the text of a map tooltip', () => {
  const title = 'XSSMARK <b id="pwn">x</b><a id="pwnlink" href="https://evil.example/">Cliquez ici</a>';

  beforeAll(() => {
    Object.assign(globalThis, { document: { createElement: () => new FakeElement() } });
  });

  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'document');
  });

  it('shows a title with markup as it was typed, with no element made from it', () => {
    const node = plainText(`45-2025-000001 — ${title}`) as unknown as FakeElement;
    expect(node.textContent).toBe(`45-2025-000001 — ${title}`);
    expect(node.querySelector('#pwn')).toBeNull();
    expect(node.querySelector('#pwnlink')).toBeNull();
  });
});
