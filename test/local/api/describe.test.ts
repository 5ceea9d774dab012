import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeApi } from '../../../local/api/describe';
import { ApiDescriptionError } from '../../../local/api/errors';

const FIXTURE = path.join(__dirname, '../fixtures/notes-api');

describe('describeApi', () => {
  it('discovers resolvers and pipeline functions by file name, with their wiring and bundled code', () => {
    const api = describeApi(FIXTURE);
    expect(api.definition.name).toBe('notes-api');
    const resolvers = Object.fromEntries(api.resolvers.map((r) => [`${r.typeName}.${r.fieldName}`, r]));
    expect(Object.keys(resolvers).sort()).toEqual([
      'Mutation.addEntries',
      'Mutation.addNote',
      'Mutation.archiveNote',
      'Mutation.removeEntries',
      'Mutation.removeNote',
      'Mutation.updateNote',
      'Note.related',
      'Note.shout',
      'Query.adminsOnly',
      'Query.echo',
      'Query.entries',
      'Query.entriesByAuthor',
      'Query.failing',
      'Query.forecast',
      'Query.note',
      'Query.notes',
      'Query.notesByIds',
      'Query.notesTogether',
      'Query.pipelineTrail',
      'Query.secret',
      'Query.whoami',
      'Query.word',
    ]);
    expect(resolvers['Query.echo']).toMatchObject({ kind: 'UNIT', dataSource: 'none', file: 'resolvers/Query.echo.ts' });
    expect(resolvers['Query.pipelineTrail']).toMatchObject({ kind: 'PIPELINE', functions: ['first', 'second'] });
    expect(api.functions.map((f) => [f.name, f.dataSource])).toEqual([
      ['first', 'none'],
      ['second', 'none'],
    ]);
    // Shared code is bundled in: the deployed code imports nothing but the AppSync utils.
    expect(resolvers['Query.pipelineTrail'].code).not.toMatch(/from "\.\/lib/);
  });

  describe('refuses a directory that does not match its schema or config, naming the file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'describe-'));
      cpSync(FIXTURE, dir, { recursive: true });
      // The copy's config imports defineApi relative to the fixture; point it at the engine again.
      const config = path.join(dir, 'api.config.ts');
      writeFileSync(
        config,
        readFileSync(config, 'utf8').replace('../../../../local/api/definition', path.resolve(__dirname, '../../../local/api/definition')),
      );
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const problemsOf = () => {
      try {
        describeApi(dir);
      } catch (error) {
        if (error instanceof ApiDescriptionError) return error.problems;
        throw error;
      }
      throw new Error('describeApi accepted the directory');
    };

    it('a resolver for a field the schema does not have', () => {
      writeFileSync(path.join(dir, 'resolvers/Query.nothing.ts'), `export const dataSource = 'none';\nexport function request() { return {}; }\nexport function response() { return null; }\n`);
      expect(problemsOf()).toEqual([{ file: 'resolvers/Query.nothing.ts', message: "type 'Query' has no field 'nothing'" }]);
    });

    it('a resolver for a type the schema does not have', () => {
      writeFileSync(path.join(dir, 'resolvers/Ghost.field.ts'), `export const dataSource = 'none';\nexport function request() { return {}; }\nexport function response() { return null; }\n`);
      expect(problemsOf()).toEqual([{ file: 'resolvers/Ghost.field.ts', message: "the schema has no type 'Ghost'" }]);
    });

    it('a data source the config does not define', () => {
      writeFileSync(path.join(dir, 'resolvers/Query.secret.ts'), `export const dataSource = 'nowhere';\nexport function request() { return {}; }\nexport function response() { return null; }\n`);
      expect(problemsOf()).toEqual([{ file: 'resolvers/Query.secret.ts', message: "data source 'nowhere' is not defined in api.config.ts" }]);
    });

    it('a pipeline naming a function that does not exist, and a resolver without wiring', () => {
      unlinkSync(path.join(dir, 'resolvers/functions/second.ts'));
      writeFileSync(path.join(dir, 'resolvers/Query.secret.ts'), `export function request() { return {}; }\nexport function response() { return null; }\n`);
      expect(problemsOf()).toEqual([
        { file: 'resolvers/Query.pipelineTrail.ts', message: 'pipeline function(s) second not found in resolvers/functions/' },
        { file: 'resolvers/Query.secret.ts', message: expect.stringContaining('a resolver exports either its data source') },
      ]);
    });

    it('code AppSync would refuse, and a file named by no rule of the convention', () => {
      writeFileSync(path.join(dir, 'resolvers/Query.secret.ts'), `import fs from 'node:fs';\nexport const dataSource = 'none';\nexport function request() { return fs; }\nexport function response() { return null; }\n`);
      writeFileSync(path.join(dir, 'resolvers/helpers.ts'), `export const x = 1;\n`);
      const problems = problemsOf();
      expect(problems).toContainEqual({ file: 'resolvers/helpers.ts', message: expect.stringContaining('<Type>.<field>.ts') });
      expect(problems).toContainEqual({ file: 'resolvers/Query.secret.ts', message: expect.stringContaining("import of 'node:fs'") });
    });

    it('a schema AppSync cannot build', () => {
      writeFileSync(path.join(dir, 'schema.graphql'), 'type Query { a: Strin }');
      expect(problemsOf()).toEqual([{ file: 'schema.graphql', message: expect.stringContaining('Unknown type "Strin"') }]);
    });
  });
});
