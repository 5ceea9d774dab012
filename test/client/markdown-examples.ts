/**
 * The runnable examples of a Markdown page (docs/examples.md). Each example is a `graphql` block, after a
 * line saying who runs it ("As **alice**:"), optionally followed by a `json variables` block and by a
 * `json response` block holding what the API answers. Variables may refer to earlier answers as
 * `"{{OperationName.path.to.value}}"`; in responses, `"…"` stands for any value that is not null.
 */
export interface MarkdownExample {
  /** The `###` heading above it. */
  readonly title: string;
  /** What follows "As" in bold: `the API key`, `nobody`, a user name, or `a developer key`. */
  readonly caller: string;
  readonly query: string;
  readonly variables?: unknown;
  readonly response?: unknown;
}

const FENCE = /^```(\S*)\s*(\S*)\s*$/;
const CALLER = /^As \*\*(.+?)\*\*/;

export function parseMarkdownExamples(markdown: string): MarkdownExample[] {
  const examples: MarkdownExample[] = [];
  let title = '';
  let caller: string | undefined;
  let block: { language: string; label: string; lines: string[] } | undefined;
  let current: { title: string; caller: string; query: string; variables?: unknown; response?: unknown } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = FENCE.exec(line);
    if (block) {
      if (!fence || fence[1] !== '') {
        block.lines.push(line);
        continue;
      }
      const text = block.lines.join('\n');
      if (block.language === 'graphql') {
        if (caller === undefined) throw new Error(`example "${title}": say who runs it ("As **alice**:") before its graphql block`);
        current = { title, caller, query: text };
        examples.push(current);
      } else if (block.language === 'json' && (block.label === 'variables' || block.label === 'response')) {
        if (!current) throw new Error(`example "${title}": a json ${block.label} block comes after its graphql block`);
        current[block.label] = JSON.parse(text);
      }
      block = undefined;
      continue;
    }
    if (fence) {
      block = { language: fence[1], label: fence[2], lines: [] };
    } else if (line.startsWith('#')) {
      title = line.replace(/^#+\s*/, '');
      caller = undefined;
      current = undefined;
    } else {
      caller = CALLER.exec(line)?.[1] ?? caller;
    }
  }
  return examples;
}

/** The value at `Operation.path.to.value` in the answers so far (keyed by operation name). */
export function resolveReferences(value: unknown, answers: ReadonlyMap<string, unknown>): unknown {
  if (typeof value === 'string') {
    const reference = /^\{\{(\w+)((?:\.\w+)+)\}\}$/.exec(value);
    if (!reference) return value;
    let found: unknown = answers.get(reference[1]);
    for (const key of reference[2].slice(1).split('.')) found = (found as Record<string, unknown> | undefined)?.[key];
    if (found === undefined) throw new Error(`${value} refers to nothing: run the example it names first`);
    return found;
  }
  if (Array.isArray(value)) return value.map((entry) => resolveReferences(entry, answers));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolveReferences(entry, answers)]));
  }
  return value;
}

/** `documented` with each `"…"` replaced by the actual value there (when not null), for a readable diff. */
export function withWildcardsFilled(documented: unknown, actual: unknown): unknown {
  if (documented === '…') return actual === null || actual === undefined ? documented : actual;
  if (Array.isArray(documented) && Array.isArray(actual)) return documented.map((entry, index) => withWildcardsFilled(entry, actual[index]));
  if (documented !== null && typeof documented === 'object' && actual !== null && typeof actual === 'object' && !Array.isArray(actual)) {
    return Object.fromEntries(Object.entries(documented).map(([key, entry]) => [key, withWildcardsFilled(entry, (actual as Record<string, unknown>)[key])]));
  }
  return documented;
}
