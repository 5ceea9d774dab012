import ts from 'typescript';
import { createTypedProgram, VIRTUAL_FILE } from '../../../../local/runtime/restrictions/type-program';

describe('createTypedProgram', () => {
  it('holds the code as the one JavaScript file, typed against the ES library', () => {
    const program = createTypedProgram(`const list = [1, 2];\nexport const first = list;\n`);
    const source = program.getSourceFile(VIRTUAL_FILE);
    expect(source?.text).toContain('const list = [1, 2];');
    const checker = program.getTypeChecker();
    const declaration = source?.statements[0] as ts.VariableStatement;
    const type = checker.getTypeAtLocation(declaration.declarationList.declarations[0].name);
    expect(checker.typeToString(type)).toBe('number[]');
  });

  it('leaves imports unresolved, so what they give is untyped', () => {
    const program = createTypedProgram(`import { util } from '@aws-appsync/utils';\nexport const id = util;\n`);
    expect(program.getSourceFiles().map((file) => file.fileName)).not.toContainEqual(expect.stringContaining('aws-appsync'));
  });

  it('parses the library declarations once and shares them between programs', () => {
    const libraries = (program: ts.Program) => program.getSourceFiles().filter((file) => file.fileName !== VIRTUAL_FILE);
    const first = libraries(createTypedProgram('export const a = 1;'));
    const second = libraries(createTypedProgram('export const b = 2;'));
    expect(first.length).toBeGreaterThan(0);
    expect(second).toHaveLength(first.length);
    second.forEach((file, index) => expect(file).toBe(first[index]));
  });
});
