import type { Util } from '@aws-appsync/utils';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { requireString } from './arguments';

/**
 * `util.xml`: XML text to a plain object, as the documented examples show it. The root element becomes
 * the single top-level key, an element holding only text becomes its value with numbers and booleans
 * read as such (`<id>1</id>` → `"id": 1`), and repeated sibling elements become an array. Beyond the
 * examples the conversion follows the usual XML-to-JSON mapping: attributes are keys beside the child
 * elements, text next to attributes or children is kept under `content`, an empty element is `""`, and
 * the XML declaration, processing instructions and comments are dropped.
 * https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html
 */
export function createXmlUtils(): Util['xml'] {
  const toMap = (xml: string) => xmlToMap(requireString('util.xml.toMap', xml));
  return {
    toMap,
    toJsonString(xml: string, stringEncode?: boolean) {
      const json = JSON.stringify(xmlToMap(requireString('util.xml.toJsonString', xml)));
      // "String-encoding" the JSON makes it a JSON string literal, ready to embed as a string value.
      return stringEncode === true ? JSON.stringify(json) : json;
    },
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'content',
  parseAttributeValue: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Only plain decimal numbers become numbers: "007" and "0x1A" stay text, as identifiers often are.
  numberParseOptions: { hex: false, leadingZeros: false, eNotation: true },
});

/** The object form of `xml`, or null when the text is not well-formed XML (the type allows null). */
function xmlToMap(xml: string): Record<string, unknown> | null {
  if (XMLValidator.validate(xml) !== true) return null;
  return parser.parse(xml) as Record<string, unknown>;
}
