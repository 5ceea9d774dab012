import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createAuthLink, type AuthOptions } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import WebSocket from 'ws';

/**
 * Apollo Client with aws-appsync-auth-link and aws-appsync-subscription-link, unmodified, as a web app
 * configures it for AppSync. Apollo Client 4 adds `extensions.clientLibrary` to the body after the auth
 * link signed it, which breaks an IAM signature here as on AppSync: it is configured off, as an app using
 * IAM has to.
 */
export function appSyncApolloClient(graphqlUrl: string, auth: AuthOptions): ApolloClient {
  const config = { url: graphqlUrl, region: 'us-east-1', auth };
  return new ApolloClient({
    link: ApolloLink.from([createAuthLink(config), createSubscriptionHandshakeLink(config, new HttpLink({ uri: graphqlUrl }))]),
    cache: new InMemoryCache(),
    enhancedClientAwareness: { transport: false },
  });
}

/**
 * What the AppSync links need from Node 20 that a browser has: a global WebSocket (`ws`). The subscription
 * link also arms a 15-second handshake timer it never clears; long timers are unref'd so they cannot hold
 * the test process. Returns the function that puts everything back.
 */
export function installBrowserGlobalsForAppSyncLinks(): () => void {
  const globals = globalThis as { WebSocket?: unknown };
  const previousWebSocket = globals.WebSocket;
  const realSetTimeout = global.setTimeout;
  globals.WebSocket = WebSocket;
  global.setTimeout = ((callback: () => void, ms?: number, ...args: unknown[]) => {
    const timer = (realSetTimeout as (...all: unknown[]) => NodeJS.Timeout)(callback, ms, ...args);
    if ((ms ?? 0) >= 10_000) timer.unref();
    return timer;
  }) as typeof setTimeout;
  return () => {
    globals.WebSocket = previousWebSocket;
    global.setTimeout = realSetTimeout;
  };
}
