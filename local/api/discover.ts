import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A resolver source file found by its name: `resolvers/<Type>.<field>.ts`. */
export interface ResolverFile {
  readonly typeName: string;
  readonly fieldName: string;
  /** Path relative to the API directory, with forward slashes. */
  readonly file: string;
}

/** A pipeline function source file found by its name: `resolvers/functions/<name>.ts`. */
export interface FunctionFile {
  readonly name: string;
  readonly file: string;
}

export interface DiscoveredFiles {
  readonly resolvers: readonly ResolverFile[];
  readonly functions: readonly FunctionFile[];
  /** Files whose names follow no form of the convention, with why. */
  readonly misnamed: readonly { readonly file: string; readonly message: string }[];
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const RESOLVER_FILE = new RegExp(`^(${NAME})\\.(${NAME})\\.(?:ts|js)$`);
const FUNCTION_FILE = new RegExp(`^(${NAME})\\.(?:ts|js)$`);
const IGNORED = /\.(d\.ts|test\.ts|spec\.ts|md)$/;

/** The folder under `resolvers/` that holds pipeline functions; any other sub-folder is shared code. */
export const FUNCTIONS_FOLDER = 'functions';

/**
 * Finds resolvers and pipeline functions by file name alone. Only the top of `resolvers/` and
 * `resolvers/functions/` are read: code shared between resolvers lives in any other sub-folder and is
 * bundled into the resolvers that import it.
 */
export function discoverFiles(apiDirectory: string, resolversFolder = 'resolvers'): DiscoveredFiles {
  const resolvers: ResolverFile[] = [];
  const functions: FunctionFile[] = [];
  const misnamed: { file: string; message: string }[] = [];
  for (const entry of listFiles(path.join(apiDirectory, resolversFolder))) {
    const file = `${resolversFolder}/${entry}`;
    const match = RESOLVER_FILE.exec(entry);
    if (match) resolvers.push({ typeName: match[1], fieldName: match[2], file });
    else if (!IGNORED.test(entry)) {
      misnamed.push({ file, message: `a resolver file is named <Type>.<field>.ts; put shared code in a sub-folder` });
    }
  }
  for (const entry of listFiles(path.join(apiDirectory, resolversFolder, FUNCTIONS_FOLDER))) {
    const file = `${resolversFolder}/${FUNCTIONS_FOLDER}/${entry}`;
    const match = FUNCTION_FILE.exec(entry);
    if (match) functions.push({ name: match[1], file });
    else if (!IGNORED.test(entry)) misnamed.push({ file, message: 'a pipeline function file is named <functionName>.ts' });
  }
  return { resolvers, functions, misnamed };
}

function listFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries.filter((entry) => statSync(path.join(directory, entry)).isFile()).sort();
}
