import { createDynamoDBModule } from './dynamodb-module';
import { createExtensions } from './extensions';
import { createRuntimeObject } from './runtime-object';
import type { RuntimeDeps } from './util/deps';
import { createUtil } from './util';

/** The modules resolver code may import, by specifier, as the sandbox's `require` resolves them. */
export function createRuntimeModules(deps: RuntimeDeps): Readonly<Record<string, object>> {
  const util = createUtil(deps);
  return Object.freeze({
    '@aws-appsync/utils': Object.freeze({ util, runtime: createRuntimeObject(), extensions: createExtensions(deps) }),
    '@aws-appsync/utils/dynamodb': Object.freeze(createDynamoDBModule(deps)),
  });
}
