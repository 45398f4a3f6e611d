// The playground's fetcher. Queries and mutations go over HTTP; subscriptions
// over AppSync's real-time WebSocket protocol, as a deployed API expects.
// Plain browser JavaScript, served as is.
(function () {
  'use strict';

  function encodeHeader(object) {
    return btoa(JSON.stringify(object));
  }

  function httpFetch(endpoint, params, headers) {
    return fetch(endpoint, {
      method: 'POST',
      headers: Object.assign({ 'content-type': 'application/json' }, headers),
      body: JSON.stringify(params),
    }).then(function (response) {
      return response.json();
    });
  }

  function subscribe(realtimeUrl, params, headers) {
    var auth = { host: location.host, 'x-api-key': headers['x-api-key'] };
    var url = realtimeUrl + '?header=' + encodeHeader(auth) + '&payload=e30=';
    return {
      subscribe: function (observer) {
        var id = 'playground-' + Math.random().toString(36).slice(2);
        var socket = new WebSocket(url, ['graphql-ws']);
        socket.onopen = function () {
          socket.send(JSON.stringify({ type: 'connection_init' }));
        };
        socket.onmessage = function (event) {
          var frame = JSON.parse(event.data);
          if (frame.type === 'connection_ack') {
            socket.send(JSON.stringify({
              id: id,
              type: 'start',
              payload: {
                data: JSON.stringify({ query: params.query, variables: params.variables || {} }),
                extensions: { authorization: auth },
              },
            }));
          } else if (frame.type === 'data') {
            observer.next(frame.payload);
          } else if (frame.type === 'error' || frame.type === 'connection_error') {
            observer.next({ errors: (frame.payload && frame.payload.errors) || [frame.payload] });
          } else if (frame.type === 'complete') {
            observer.complete();
          }
        };
        socket.onerror = function () {
          observer.next({ errors: [{ message: 'The real-time connection failed.' }] });
        };
        return {
          unsubscribe: function () {
            if (socket.readyState === WebSocket.OPEN) {
              socket.send(JSON.stringify({ id: id, type: 'stop' }));
            }
            socket.close();
          },
        };
      },
    };
  }

  window.createAppSyncFetcher = function (endpoint, realtimeUrl) {
    return function (params, options) {
      var headers = (options && options.headers) || {};
      if (/^\s*subscription\b/.test(params.query) ||
          (params.operationName && new RegExp('subscription\\s+' + params.operationName + '\\b').test(params.query))) {
        return subscribe(realtimeUrl, params, headers);
      }
      return httpFetch(endpoint, params, headers);
    };
  };
})();
