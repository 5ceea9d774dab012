import { CallScope, newHandlerCall, type HandlerCall } from '../../../../local/runtime/call-scope';
import { createEnvironment, type RuntimeEnvironmentOptions } from '../../../../local/runtime/environment';
import type { RuntimeDeps } from '../../../../local/runtime/util/deps';

/** Runtime deps for unit tests of the `util` factories: the real environment, with the given overrides. */
export function testDeps(options: RuntimeEnvironmentOptions = {}): RuntimeDeps {
  return { env: createEnvironment(options), scope: new CallScope() };
}

/** Runs `body` as a handler call and returns what the call recorded. */
export function inHandlerCall(deps: RuntimeDeps, body: () => void): HandlerCall {
  const call = newHandlerCall();
  deps.scope.run(call, body);
  return call;
}
