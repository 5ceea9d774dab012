import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { bundleResolver } from '../runtime/bundle';
import { BundleError, ResolverCodeError } from '../runtime/errors';
import { AppSyncRuntime, type LoadedResolver } from '../runtime/evaluator';
import type { ApiDefinition } from './definition';
import { discoverFiles, type FunctionFile, type ResolverFile } from './discover';
import { ApiDescriptionError } from './errors';
import { buildAppSyncSchema, SchemaError } from './schema';

/** AppSync runs at most this many functions in one pipeline resolver. */
export const MAX_PIPELINE_FUNCTIONS = 10;

export const API_CONFIG_FILE = 'api.config.ts';
export const SCHEMA_FILE = 'schema.graphql';

export type ResolverDescription = ResolverFile & {
  /** The bundled code, as deployed. */
  readonly code: string;
} & ({ readonly kind: 'UNIT'; readonly dataSource: string } | { readonly kind: 'PIPELINE'; readonly functions: readonly string[] });

export interface FunctionDescription extends FunctionFile {
  readonly code: string;
  readonly dataSource: string;
}

/** Everything both the local engine and the CDK app need to know about one API. */
export interface ApiDescription {
  /** Absolute path of the API directory. */
  readonly directory: string;
  readonly definition: ApiDefinition;
  /** The schema as written: what deploys. */
  readonly schemaSdl: string;
  /** The schema with AppSync's scalars and directives, for execution and checks. */
  readonly schema: GraphQLSchema;
  readonly resolvers: readonly ResolverDescription[];
  readonly functions: readonly FunctionDescription[];
}

/**
 * Reads an API directory laid out by the convention (see local/README.md): `api.config.ts`,
 * `schema.graphql`, and resolver code discovered from `resolvers/`. Every resolver is bundled and checked
 * as AppSync checks it, and the wiring is checked against the schema and the data sources, so a mistake
 * fails here with the file to change rather than at request time or in the cloud.
 */
export function describeApi(apiDirectory: string): ApiDescription {
  const directory = path.resolve(apiDirectory);
  const definition = loadDefinition(directory);
  const schemaSdl = readRequired(directory, SCHEMA_FILE);
  let schema: GraphQLSchema;
  try {
    schema = buildAppSyncSchema(schemaSdl);
  } catch (error) {
    if (error instanceof SchemaError) throw new ApiDescriptionError(error.messages.map((message) => ({ file: SCHEMA_FILE, message })));
    throw error;
  }

  const discovered = discoverFiles(directory);
  const problems = [...discovered.misnamed];
  const runtime = new AppSyncRuntime();
  const load = (file: string) => loadModule(runtime, directory, file, problems);

  const functions: FunctionDescription[] = [];
  for (const found of discovered.functions) {
    const module = load(found.file);
    if (!module) continue;
    const dataSource = module.resolver.exported('dataSource');
    if (typeof dataSource !== 'string') {
      problems.push({ file: found.file, message: `a pipeline function exports its data source: export const dataSource = '<name>'` });
      continue;
    }
    if (!Object.hasOwn(definition.dataSources, dataSource)) {
      problems.push({ file: found.file, message: `data source '${dataSource}' is not defined in ${API_CONFIG_FILE}` });
    }
    functions.push({ ...found, code: module.code, dataSource });
  }
  const functionNames = new Set(functions.map((f) => f.name));

  const resolvers: ResolverDescription[] = [];
  for (const found of discovered.resolvers) {
    const fieldProblem = checkField(schema, found);
    if (fieldProblem) {
      problems.push({ file: found.file, message: fieldProblem });
      continue;
    }
    const module = load(found.file);
    if (!module) continue;
    const dataSource = module.resolver.exported('dataSource');
    const pipeline = module.resolver.exported('pipeline');
    if (typeof dataSource === 'string' && pipeline === undefined) {
      if (!Object.hasOwn(definition.dataSources, dataSource)) {
        problems.push({ file: found.file, message: `data source '${dataSource}' is not defined in ${API_CONFIG_FILE}` });
      }
      resolvers.push({ ...found, code: module.code, kind: 'UNIT', dataSource });
    } else if (dataSource === undefined && isStringArray(pipeline)) {
      const unknown = pipeline.filter((name) => !functionNames.has(name));
      if (unknown.length > 0) {
        problems.push({ file: found.file, message: `pipeline function(s) ${unknown.join(', ')} not found in resolvers/functions/` });
      }
      if (pipeline.length > MAX_PIPELINE_FUNCTIONS) {
        problems.push({ file: found.file, message: `a pipeline runs at most ${MAX_PIPELINE_FUNCTIONS} functions, not ${pipeline.length}` });
      }
      resolvers.push({ ...found, code: module.code, kind: 'PIPELINE', functions: [...pipeline] });
    } else {
      problems.push({
        file: found.file,
        message: `a resolver exports either its data source (export const dataSource = '<name>') or its pipeline (export const pipeline = ['<function>', …]), not ${dataSource === undefined && pipeline === undefined ? 'neither' : 'both or another shape'}`,
      });
    }
  }
  if (problems.length > 0) throw new ApiDescriptionError(problems);
  return { directory, definition, schemaSdl, schema, resolvers, functions };
}

function loadDefinition(directory: string): ApiDefinition {
  const file = path.join(directory, API_CONFIG_FILE);
  if (!existsSync(file)) throw new ApiDescriptionError([{ file: API_CONFIG_FILE, message: 'missing: it default-exports defineApi({ … })' }]);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is TypeScript loaded at run time
  const loaded = require(file) as { default?: ApiDefinition };
  if (!loaded.default) throw new ApiDescriptionError([{ file: API_CONFIG_FILE, message: 'must default-export defineApi({ … })' }]);
  return loaded.default;
}

function readRequired(directory: string, file: string): string {
  const full = path.join(directory, file);
  if (!existsSync(full)) throw new ApiDescriptionError([{ file, message: 'missing' }]);
  return readFileSync(full, 'utf8');
}

function checkField(schema: GraphQLSchema, found: ResolverFile): string | undefined {
  const type = schema.getType(found.typeName);
  if (!type) return `the schema has no type '${found.typeName}'`;
  if (!isObjectType(type)) return `'${found.typeName}' is not an object type; only fields of object types have resolvers`;
  if (!type.getFields()[found.fieldName]) return `type '${found.typeName}' has no field '${found.fieldName}'`;
  return undefined;
}

function loadModule(
  runtime: AppSyncRuntime,
  directory: string,
  file: string,
  problems: { file: string; message: string }[],
): { code: string; resolver: LoadedResolver } | undefined {
  try {
    const code = bundleResolver(path.join(directory, file));
    const resolver = runtime.load(code, path.basename(file).replace(/\.ts$/, '.js'));
    for (const handler of ['request', 'response'] as const) {
      if (!resolver.has(handler)) problems.push({ file, message: `must export a '${handler}' function` });
    }
    return { code, resolver };
  } catch (error) {
    if (error instanceof BundleError || error instanceof ResolverCodeError) {
      problems.push({ file, message: error.message });
      return undefined;
    }
    throw error;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
