import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '../../../../local/runtime/attribute-values';
import { evaluateCode } from '../../../../local/runtime/evaluate-code';
import { createDynamoDBUtils } from '../../../../local/runtime/util/dynamodb';
import { startDynalite, toWireMap, type DynaliteHarness } from './support/dynalite';

// Every input → output pair below is an example of
// https://docs.aws.amazon.com/appsync/latest/devguide/dynamodb-helpers-in-util-dynamodb-js.html
const dynamodb = createDynamoDBUtils();
const SAMPLE_MAP = { foo: 'bar', baz: 1234, beep: ['boop'] };
const SAMPLE_MAP_VALUES = { foo: { S: 'bar' }, baz: { N: 1234 }, beep: { L: [{ S: 'boop' }] } };

describe('util.dynamodb', () => {
  describe('toDynamoDB', () => {
    it.each([
      ['a string', 'foo', { S: 'foo' }],
      ['a number, kept as a JSON number', 12345, { N: 12345 }],
      ['a Boolean', true, { BOOL: true }],
      ['null', null, { NULL: null }],
      [
        'a list, as L rather than a set',
        ['foo', 123, { bar: 'baz' }],
        { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] },
      ],
      ['a map', SAMPLE_MAP, { M: SAMPLE_MAP_VALUES }],
    ])('converts %s', (_label, input, expected) => {
      expect(dynamodb.toDynamoDB(input)).toEqual(expected);
    });

    it('refuses a value JSON cannot carry', () => {
      expect(() => dynamodb.toDynamoDB(() => 1)).toThrow('cannot convert a function to a DynamoDB attribute value');
    });
  });

  describe('the typed converters', () => {
    it.each([
      ['toString', () => dynamodb.toString('foo'), { S: 'foo' }],
      ['toStringSet', () => dynamodb.toStringSet(['foo', 'bar', 'baz']), { SS: ['foo', 'bar', 'baz'] }],
      ['toNumber', () => dynamodb.toNumber(12345), { N: 12345 }],
      ['toNumberSet', () => dynamodb.toNumberSet([1, 23, 4.56]), { NS: [1, 23, 4.56] }],
      ['toBinary', () => dynamodb.toBinary('foo'), { B: 'foo' }],
      ['toBinarySet', () => dynamodb.toBinarySet(['foo', 'bar', 'baz']), { BS: ['foo', 'bar', 'baz'] }],
      ['toBoolean', () => dynamodb.toBoolean(true), { BOOL: true }],
      ['toNull', () => dynamodb.toNull(), { NULL: null }],
      [
        'toList',
        () => dynamodb.toList(['foo', 123, { bar: 'baz' }]),
        { L: [{ S: 'foo' }, { N: 123 }, { M: { bar: { S: 'baz' } } }] },
      ],
      ['toMap', () => dynamodb.toMap(SAMPLE_MAP), { M: SAMPLE_MAP_VALUES }],
      ['toMapValues', () => dynamodb.toMapValues(SAMPLE_MAP), SAMPLE_MAP_VALUES],
    ])('%s matches the documented output', (_name, convert, expected) => {
      expect(convert()).toEqual(expected);
    });

    it.each([
      ['toString', () => dynamodb.toString(null)],
      ['toStringSet', () => dynamodb.toStringSet(undefined)],
      ['toNumber', () => dynamodb.toNumber(undefined)],
      ['toNumberSet', () => dynamodb.toNumberSet(null)],
      ['toBinary', () => dynamodb.toBinary(null)],
      ['toBinarySet', () => dynamodb.toBinarySet(null)],
      ['toBoolean', () => dynamodb.toBoolean(null)],
      ['toList', () => dynamodb.toList(null)],
      ['toMap of a list', () => dynamodb.toMap(['a'])],
      ['toMapValues of a string', () => dynamodb.toMapValues('a')],
    ])('%s answers null for a missing or unusable value', (_name, convert) => {
      expect(convert()).toBeNull();
    });

    it('leaves out undefined properties of a map, as JSON does', () => {
      expect(dynamodb.toMapValues({ a: 1, b: undefined })).toEqual({ a: { N: 1 } });
    });

    it('copies a set, so changing the list afterwards changes nothing', () => {
      const tags = ['a'];
      const set = dynamodb.toStringSet(tags);
      tags.push('b');
      expect(set).toEqual({ SS: ['a'] });
    });

    it('toMapValues(obj) is toMap(obj).M', () => {
      expect(dynamodb.toMapValues(SAMPLE_MAP)).toEqual(dynamodb.toMap(SAMPLE_MAP).M);
    });
  });

  describe('S3 objects', () => {
    it('stores the key, bucket and region as a JSON string attribute', () => {
      expect(dynamodb.toS3Object('foo', 'bar', 'baz')).toEqual({
        S: '{"s3":{"key":"foo","bucket":"bar","region":"baz"}}',
      });
    });

    it('adds the version when one is given', () => {
      expect(dynamodb.toS3Object('foo', 'bar', 'baz', 'beep')).toEqual({
        S: '{"s3":{"key":"foo","bucket":"bar","region":"baz","version":"beep"}}',
      });
    });

    it('reads a link back from its string, or from the attribute as the documentation passes it', () => {
      const link = dynamodb.toS3Object('foo', 'bar', 'baz', 'beep')!;
      const expected = { key: 'foo', bucket: 'bar', region: 'baz', version: 'beep' };
      expect(dynamodb.fromS3ObjectJson(link.S)).toEqual(expected);
      expect(dynamodb.fromS3ObjectJson(link as never)).toEqual(expected);
      expect(dynamodb.fromS3ObjectJson(dynamodb.toS3Object('k', 'b', 'r')!.S)).toEqual({
        key: 'k',
        bucket: 'b',
        region: 'r',
      });
    });

    it.each(['not json', '{"s3":"x"}', '{"other":{}}', '[]'])('answers null for %s', (text) => {
      expect(dynamodb.fromS3ObjectJson(text)).toBeNull();
    });

    it('answers null when the key, bucket or region is missing', () => {
      expect(dynamodb.toS3Object('foo', null as never, 'baz')).toBeNull();
    });
  });

  it('converts values made inside the resolver sandbox', () => {
    const code = `import { util } from '@aws-appsync/utils';
      export function request(ctx) {
        return {
          item: util.dynamodb.toMapValues({ id: ctx.args.id, tags: ['a'], nested: { n: 1.5, none: null } }),
          list: util.dynamodb.toList(ctx.args.list),
          notAList: util.dynamodb.toList('x'),
        };
      }
      export function response(ctx) { return ctx.result; }`;
    const response = evaluateCode({ code, context: { arguments: { id: 'a1', list: [true] } } });
    expect(JSON.parse(response.evaluationResult!)).toEqual({
      item: { id: { S: 'a1' }, tags: { L: [{ S: 'a' }] }, nested: { M: { n: { N: 1.5 }, none: { NULL: null } } } },
      list: { L: [{ BOOL: true }] },
      notAList: null,
    });
  });

  describe('against DynamoDB (dynalite)', () => {
    let dynalite: DynaliteHarness;
    beforeAll(async () => {
      dynalite = await startDynalite();
      await dynalite.createTable('Items', 'id');
    });
    afterAll(() => dynalite.stop());

    it('writes every attribute type so that DynamoDB reads it back as the same value', async () => {
      const item: Record<string, AttributeValue> = {
        ...dynamodb.toMapValues({ id: 'item-1', title: 'Hello', count: 3, ratio: 0.25, done: false, nothing: null }),
        tags: dynamodb.toStringSet(['red', 'blue'])!,
        sizes: dynamodb.toNumberSet([1, 23, 4.56])!,
        avatar: dynamodb.toBinary(Buffer.from('png').toString('base64'))!,
        nested: dynamodb.toMap({ list: [1, 'two', { three: true }] }),
        file: dynamodb.toS3Object('photos/1.png', 'bucket', 'eu-west-1')!,
      };
      await dynalite.client.send(new PutItemCommand({ TableName: 'Items', Item: toWireMap(item) }));
      const { Item } = await dynalite.client.send(
        new GetItemCommand({ TableName: 'Items', Key: toWireMap(dynamodb.toMapValues({ id: 'item-1' })) }),
      );
      const stored = unmarshall(Item!);
      expect(stored).toMatchObject({ id: 'item-1', title: 'Hello', count: 3, ratio: 0.25, done: false, nothing: null });
      expect(stored.tags).toEqual(new Set(['red', 'blue']));
      expect(stored.sizes).toEqual(new Set([1, 23, 4.56]));
      expect(Buffer.from(stored.avatar).toString()).toBe('png');
      expect(stored.nested).toEqual({ list: [1, 'two', { three: true }] });
      expect(dynamodb.fromS3ObjectJson(stored.file)).toEqual({
        key: 'photos/1.png',
        bucket: 'bucket',
        region: 'eu-west-1',
      });
    });
  });
});
