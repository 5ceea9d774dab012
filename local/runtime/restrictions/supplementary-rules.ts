import type { ESLint, Rule } from 'eslint';
import type * as ESTree from 'estree';
import type ts from 'typescript';
import { APPSYNC_UTILS_MODULES } from '../bundle';

/**
 * Rules for what the "Supported runtime features" page forbids but AWS's lint plugin does not check. They
 * run in the same ESLint pass as the plugin's rules and report under the `appsync/` prefix.
 * https://docs.aws.amazon.com/appsync/latest/devguide/supported-features.html
 */

/** Only the utils modules can be imported; everything else must be bundled into the resolver. */
const importRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      notAllowed: "import of '{{specifier}}': only {{allowed}} can be imported; bundle other code into the resolver",
      dynamic: 'dynamic import() is not supported: only static imports of {{allowed}} are',
    },
  },
  create(context) {
    const allowed = APPSYNC_UTILS_MODULES.join(' and ');
    const check = (node: ESTree.Node, source: ESTree.Literal | null | undefined) => {
      if (source && !(APPSYNC_UTILS_MODULES as readonly unknown[]).includes(source.value)) {
        context.report({ node, messageId: 'notAllowed', data: { specifier: String(source.value), allowed } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => context.report({ node, messageId: 'dynamic', data: { allowed } }),
    };
  },
};

/** Forms of the unsupported statements that the plugin's rules do not look at. */
const unsupportedSyntaxRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      throw: 'throw statements are not supported: use util.error() to end the handler with an error',
      classExpression: 'Class expressions are not supported.',
      generator: 'Generator functions are not supported.',
      forAwait: 'for await statements are not supported.',
    },
  },
  create(context) {
    return {
      ThrowStatement: (node) => context.report({ node, messageId: 'throw' }),
      ClassExpression: (node) => context.report({ node, messageId: 'classExpression' }),
      // The plugin's no-generators rule only looks at function declarations.
      FunctionExpression: (node) => {
        if (node.generator) context.report({ node, messageId: 'generator' });
      },
      ForOfStatement: (node) => {
        if (node.await) context.report({ node, messageId: 'forAwait' });
      },
    };
  },
};

/** What @typescript-eslint/parser adds to the source code when it is given a program. */
interface TypedParserServices {
  readonly program: ts.Program;
  readonly esTreeNodeToTSNodeMap: { get(node: ESTree.Node): ts.Node };
}

const FUNCTION_METHODS = ['apply', 'bind', 'call'];

/**
 * "The apply, bind, and call methods are not supported." Reported where the receiver is known to be a
 * function; on receivers of unknown type the call is left to run time, where `apply` and `bind` are absent
 * from the sandbox (`call` stays: the module wrapper needs it).
 */
const noFunctionMethodsRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { notSupported: 'Function.prototype.{{method}} is not supported' },
  },
  create(context) {
    const services = context.sourceCode.parserServices as Partial<TypedParserServices> | undefined;
    if (!services?.program || !services.esTreeNodeToTSNodeMap) return {};
    const checker = services.program.getTypeChecker();
    const nodeMap = services.esTreeNodeToTSNodeMap;
    return {
      CallExpression: (node) => {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        const method = callee.property.name;
        if (!FUNCTION_METHODS.includes(method)) return;
        const receiver = checker.getTypeAtLocation(nodeMap.get(callee.object));
        if (receiver.getCallSignatures().length > 0) {
          context.report({ node, messageId: 'notSupported', data: { method } });
        }
      },
    };
  },
};

/** The rules above as an ESLint plugin, to be registered under the `appsync` prefix. */
export const supplementaryPlugin: ESLint.Plugin = {
  rules: {
    import: importRule,
    'no-unsupported-syntax': unsupportedSyntaxRule,
    'no-function-methods': noFunctionMethodsRule,
  },
};

export const SUPPLEMENTARY_PREFIX = 'appsync';
