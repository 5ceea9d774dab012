import type { CallScope } from '../call-scope';
import type { RuntimeEnvironment } from '../environment';

/** What the runtime library's helpers are built with: the outside world and the call in progress. */
export interface RuntimeDeps {
  readonly env: RuntimeEnvironment;
  readonly scope: CallScope;
}
