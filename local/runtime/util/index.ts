import type { Util } from '@aws-appsync/utils';
import { createCoreUtils } from './core';
import type { RuntimeDeps } from './deps';
import { createDynamoDBUtils } from './dynamodb';
import { createEncodingUtils } from './encoding';
import { createHttpUtils } from './http';
import { createIdUtils } from './ids';
import { createMatches } from './matches';
import { createMathUtils } from './math';
import { createRdsUtils } from './rds';
import { createStringUtils } from './str';
import { createTimeUtils } from './time';
import { createTransformUtils } from './transform';
import { createXmlUtils } from './xml';

/**
 * The `util` export of `@aws-appsync/utils`. Typed as the package's own `Util`, so the compiler proves
 * that every helper the type definitions declare exists here.
 */
export function createUtil(deps: RuntimeDeps): Util {
  return deepFreeze({
    ...createCoreUtils(deps),
    ...createEncodingUtils(),
    ...createIdUtils(deps),
    matches: createMatches(),
    time: createTimeUtils(deps),
    dynamodb: createDynamoDBUtils(),
    rds: createRdsUtils(),
    http: createHttpUtils(deps),
    xml: createXmlUtils(),
    transform: createTransformUtils(),
    math: createMathUtils(deps),
    str: createStringUtils(),
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) {
    if (typeof member === 'object' && member !== null) deepFreeze(member);
  }
  return Object.freeze(value);
}
