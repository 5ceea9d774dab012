/**
 * The `context` object a Node.js Lambda handler receives, for handlers run in-process. Only what a handler
 * reads; there is no callback style (the nodejs24.x runtime dropped it too).
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  /** Milliseconds left before the invocation times out. */
  getRemainingTimeInMillis(): number;
}

/** Where the local function pretends to live. */
export interface LambdaFunctionIdentity {
  readonly functionName: string;
  readonly region: string;
  readonly accountId: string;
  readonly memoryLimitInMB: number;
}

export function createLambdaContext(
  fn: LambdaFunctionIdentity,
  invocation: { readonly awsRequestId: string; readonly deadline: number; readonly clock: () => number },
): LambdaContext {
  return {
    functionName: fn.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${fn.region}:${fn.accountId}:function:${fn.functionName}`,
    memoryLimitInMB: String(fn.memoryLimitInMB),
    awsRequestId: invocation.awsRequestId,
    logGroupName: `/aws/lambda/${fn.functionName}`,
    logStreamName: `local/[$LATEST]${invocation.awsRequestId.replace(/-/g, '')}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, invocation.deadline - invocation.clock()),
  };
}
