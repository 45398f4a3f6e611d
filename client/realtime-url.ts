/**
 * Where an API's real-time endpoint is, found from its GraphQL URL the way
 * AppSync's own clients find it.
 */

const APPSYNC_HOST = /^([a-z0-9]+)\.appsync-api\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;

/**
 * `https://X.appsync-api.R.amazonaws.com/graphql` becomes
 * `wss://X.appsync-realtime-api.R.amazonaws.com/graphql`. Any other host is
 * a custom domain (or the offline runtime), which serves real-time at
 * `/graphql/realtime` on the same host.
 */
export function realtimeUrlFor(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.protocol = url.protocol === 'http:' ? 'ws:' : 'wss:';

  const appsync = APPSYNC_HOST.exec(url.hostname);
  if (appsync) {
    const [, id, region, china = ''] = appsync;
    url.hostname = `${id}.appsync-realtime-api.${region}.amazonaws.com${china}`;
    return url.toString();
  }

  url.pathname = `${url.pathname.replace(/\/+$/, '')}/realtime`;
  return url.toString();
}
