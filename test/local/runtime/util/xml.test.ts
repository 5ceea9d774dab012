import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { createXmlUtils } from '../../../../local/runtime/util/xml';

// https://docs.aws.amazon.com/appsync/latest/devguide/xml-helpers-in-util-xml-js.html (examples 1 and 2)
const xml = createXmlUtils();

const ONE_POST = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
</posts>`;

const TWO_POSTS = `<?xml version="1.0" encoding="UTF-8"?>
<posts>
<post>
  <id>1</id>
  <title>Getting started with GraphQL</title>
</post>
<post>
  <id>2</id>
  <title>Getting started with AppSync</title>
</post>
</posts>`;

describe('util.xml.toMap', () => {
  test('example 1: nested elements become nested objects, numbers become numbers', () => {
    expect(xml.toMap(ONE_POST)).toEqual({ posts: { post: { id: 1, title: 'Getting started with GraphQL' } } });
  });

  test('example 2: repeated elements become an array', () => {
    expect(xml.toMap(TWO_POSTS)).toEqual({
      posts: {
        post: [
          { id: 1, title: 'Getting started with GraphQL' },
          { id: 2, title: 'Getting started with AppSync' },
        ],
      },
    });
  });

  test('attributes, text beside attributes, empty elements, booleans and identifiers', () => {
    const input =
      '<item sku="A-1" qty="3"><name lang="en">Pen</name><empty/><on>true</on><code>007</code><hex>0x1A</hex></item>';
    expect(xml.toMap(input)).toEqual({
      item: { sku: 'A-1', qty: 3, name: { lang: 'en', content: 'Pen' }, empty: '', on: true, code: '007', hex: '0x1A' },
    });
  });

  test('comments and processing instructions are dropped, entities are decoded', () => {
    expect(xml.toMap('<?pi x?><a><!-- note --><b>x &amp; y</b></a>')).toEqual({ a: { b: 'x & y' } });
  });

  test('text that is not well-formed XML gives null', () => {
    expect(xml.toMap('<a><b></a>')).toBeNull();
    expect(xml.toMap('not xml')).toBeNull();
  });
});

describe('util.xml.toJsonString', () => {
  test('is the JSON text of toMap', () => {
    const json = xml.toJsonString(TWO_POSTS);
    expect(typeof json).toBe('string');
    expect(JSON.parse(json)).toEqual(xml.toMap(TWO_POSTS));
  });

  test('string-encoded, it is that JSON as a JSON string literal', () => {
    const encoded = xml.toJsonString(ONE_POST, true);
    expect(encoded.startsWith('"{\\"posts\\":')).toBe(true);
    expect(JSON.parse(JSON.parse(encoded))).toEqual(xml.toMap(ONE_POST));
    expect(xml.toJsonString(ONE_POST, false)).toBe(xml.toJsonString(ONE_POST));
  });
});

test('an HTTP response body in XML becomes the field’s JSON through the sandbox', () => {
  const response = evaluateCode({
    code: `import { util } from '@aws-appsync/utils';
export function request(ctx) { return {}; }
export function response(ctx) { return util.xml.toMap(ctx.result.body).posts.post; }`,
    context: { result: { statusCode: 200, body: TWO_POSTS } },
    function: 'response',
  });
  expect(response.error).toBeUndefined();
  expect(JSON.parse(response.evaluationResult as string)).toHaveLength(2);
});
