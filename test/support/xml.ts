/**
 * A strict reader of the XML our JUnit formatter writes, for tests (no XML parser is a
 * dependency): a declaration, elements, double-quoted attributes, text, the five predefined
 * entities and numeric references. Anything else — a raw `<` or `&`, a control character XML 1.0
 * forbids, a duplicate attribute, a mismatched or unclosed tag, text outside the root — throws.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are what this finds
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/;
const NAME = /^[A-Za-z_][\w.-]*/;

function decode(raw: string, at: number): string {
  if (/[<]/.test(raw)) throw new Error(`raw '<' at ${at}`);
  return raw.replace(/&([^;]*);|&/g, (match, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`raw '&' at ${at}`);
    if (ref in ENTITIES) return ENTITIES[ref]!;
    const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!numeric) throw new Error(`unknown entity '${ref}' at ${at}`);
    const code = numeric[1]!.startsWith("x") ? parseInt(numeric[1]!.slice(1), 16) : Number(numeric[1]);
    const char = String.fromCodePoint(code);
    if (NOT_XML_CHAR.test(char)) throw new Error(`reference to a forbidden character at ${at}`);
    return char;
  });
}

export function parseXml(xml: string): XmlElement {
  if (NOT_XML_CHAR.test(xml)) throw new Error("a character XML 1.0 forbids");
  let i = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n?/.exec(xml);
  if (!declaration) throw new Error("no XML declaration");
  i = declaration[0].length;
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };
  const element = (): XmlElement => {
    if (xml[i] !== "<") throw new Error(`expected '<' at ${i}`);
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`expected a tag name at ${i}`);
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith("/>", i)) {
        i += 2;
        return { name, attributes, children: [], text: "" };
      }
      if (xml[i] === ">") {
        i++;
        break;
      }
      if (before === i) throw new Error(`expected space before an attribute at ${i}`);
      const attribute = /^([A-Za-z_][\w.-]*)="([^"]*)"/.exec(xml.slice(i));
      if (!attribute) throw new Error(`malformed attribute at ${i}`);
      if (attribute[1]! in attributes) throw new Error(`duplicate attribute at ${i}`);
      attributes[attribute[1]!] = decode(attribute[2]!, i);
      i += attribute[0].length;
    }
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      const next = xml.indexOf("<", i);
      if (next < 0) throw new Error(`unclosed <${name}>`);
      text += decode(xml.slice(i, next), i);
      i = next;
      if (xml.startsWith("</", i)) {
        const close = `</${name}>`;
        if (!xml.startsWith(close, i)) throw new Error(`mismatched closing tag at ${i}`);
        i += close.length;
        return { name, attributes, children, text };
      }
      children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}
