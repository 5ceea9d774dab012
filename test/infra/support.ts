import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describeApi, type ApiDescription } from '../../local/api/describe';
import { FEATURE_FLAGS } from '../../infra/app';
import { ToyApiChecks } from '../../infra/nag/toyapi-checks';

// CDK's built-in CloudFormation template validation reports warnings only and costs seconds per synth:
// the unit tests skip it (its documented switch); the bin test runs the real synth with it.
process.env.CDK_VALIDATION = 'false';

/** The CDK app's fixture API: Lambda data sources, a Lambda authorizer, indexes, TTL, a stream. */
export const TASKS_API_DIRECTORY = path.join(__dirname, 'fixtures', 'tasks-api');
/** The engine's fixture API: DynamoDB and NONE data sources only. */
export const NOTES_API_DIRECTORY = path.join(__dirname, '..', 'local', 'fixtures', 'notes-api');

const described = new Map<string, ApiDescription>();
const outdirs: string[] = [];

/** A fresh folder for a cloud assembly, removed after the test file (CDK never removes its own temporary ones). */
export function assemblyOutdir(): string {
  const outdir = mkdtempSync(path.join(tmpdir(), 'toyapi-cdk-test-'));
  outdirs.push(outdir);
  return outdir;
}

afterAll(() => {
  for (const outdir of outdirs.splice(0)) rmSync(outdir, { recursive: true, force: true });
});

/** Describes (and bundles) an API directory once per test file. */
export function describeOnce(directory: string): ApiDescription {
  if (!described.has(directory)) described.set(directory, describeApi(directory));
  return described.get(directory)!;
}

/**
 * A stack pinned to us-east-1 in an app that runs cdk-nag's AwsSolutions checks and ToyApi's rules when
 * synthesized, as the app does (an unacknowledged finding fails synthesis). Lambda bundling is skipped unless `bundle` is set: CDK's
 * `aws:cdk:bundling-stacks` context, as `cdk synth --exclusively` uses it.
 */
export function testStack(options: { bundle?: boolean; region?: string | null } = {}): Stack {
  const app = new App({ outdir: assemblyOutdir(), context: { ...FEATURE_FLAGS, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) } });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ToyApiChecks(app));
  return new Stack(app, 'Test', options.region === null ? {} : { env: { region: options.region ?? 'us-east-1' } });
}

/** cdk-nag findings (AwsSolutions and ToyApi's rules) left unacknowledged under a scope, as `rule @ construct path`. */
export function nagFindings(scope: IConstruct): string[] {
  const violations = [new AwsSolutionsChecks(), new ToyApiChecks()].flatMap((pack) => pack.validateScope(scope).violations);
  return violations.flatMap((violation) => violation.violatingResources.map((resource) => `${violation.ruleName} @ ${resource.constructPath}`));
}

type Template = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };


/** A resolver as a synthesized template declares it, in the terms of the API description. */
export interface SynthesizedResolver {
  readonly typeName: string;
  readonly fieldName: string;
  readonly kind: string;
  readonly code: string;
  readonly runtime: unknown;
  readonly dataSource?: string;
  readonly functions?: readonly string[];
}

/** Every AppSync resolver of a template, with data sources and pipeline functions named as in the API. */
export function synthesizedResolvers(json: object): SynthesizedResolver[] {
  const template = json as Template;
  const byLogicalId = (id: string) => template.Resources[id]?.Properties ?? {};
  // A name is written as is, or as a reference to the resource that carries it.
  const nameOf = (reference: unknown) =>
    typeof reference === 'string' ? reference : (byLogicalId((reference as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]).Name as string);
  return Object.values(template.Resources)
    .filter((resource) => resource.Type === 'AWS::AppSync::Resolver')
    .map(({ Properties: p = {} }) => {
      const functionIds = (p.PipelineConfig as { Functions?: unknown[] } | undefined)?.Functions;
      return {
        typeName: p.TypeName as string,
        fieldName: p.FieldName as string,
        kind: p.Kind as string,
        code: p.Code as string,
        runtime: p.Runtime,
        ...(p.DataSourceName ? { dataSource: nameOf(p.DataSourceName) } : {}),
        ...(functionIds ? { functions: functionIds.map(nameOf) } : {}),
      };
    })
    .sort((a, b) => `${a.typeName}.${a.fieldName}`.localeCompare(`${b.typeName}.${b.fieldName}`));
}

/** The API description's resolvers in the same terms. */
export function describedResolvers(description: ApiDescription): SynthesizedResolver[] {
  return description.resolvers
    .map((resolver) => ({
      typeName: resolver.typeName,
      fieldName: resolver.fieldName,
      kind: resolver.kind,
      code: resolver.code,
      runtime: { Name: 'APPSYNC_JS', RuntimeVersion: '1.0.0' },
      ...(resolver.kind === 'UNIT' ? { dataSource: resolver.dataSource } : { functions: resolver.functions }),
    }))
    .sort((a, b) => `${a.typeName}.${a.fieldName}`.localeCompare(`${b.typeName}.${b.fieldName}`));
}
