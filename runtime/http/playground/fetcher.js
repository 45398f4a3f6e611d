// The playground's fetcher. Queries and mutations go over HTTP; subscriptions
// over AppSync's real-time WebSocket protocol, as a deployed API expects.
// Plain browser JavaScript, served as is.
(function () {
  'use strict';

  function encodeHeader(object) {
    return btoa(JSON.stringify(object));
  }

  // Header names as the editor holds them, whatever their case.
  function headerValue(headers, name) {
    for (var key in headers) {
      if (key.toLowerCase() === name) return headers[key];
    }
    return undefined;
  }

  // The operation GraphiQL runs: the named one, or the document's only one.
  // GraphiQL parses the editor's text and passes the result as documentAST.
  function isSubscription(params, documentAST) {
    var operations = ((documentAST && documentAST.definitions) || []).filter(function (d) {
      return d.kind === 'OperationDefinition';
    });
    var chosen = operations.filter(function (o) {
      return params.operationName ? o.name && o.name.value === params.operationName : true;
    });
    if (chosen.length === 1) return chosen[0].operation === 'subscription';
    // No usable AST: read the text, without its comments.
    var text = params.query.replace(/#[^\n\r]*/g, '');
    return params.operationName
      ? new RegExp('\\bsubscription\\s+' + params.operationName + '\\b').test(text)
      : /^\s*subscription\b/.test(text);
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
    var auth = { host: location.host, 'x-api-key': headerValue(headers, 'x-api-key') };
    var url = realtimeUrl + '?header=' + encodeHeader(auth) + '&payload=e30=';
    // The real-time endpoint runs one operation: a document holding several
    // (as the example does) needs the name of the one to run.
    var request = { query: params.query, variables: params.variables || {} };
    if (params.operationName) request.operationName = params.operationName;
    return {
      subscribe: function (observer) {
        var id = 'playground-' + Math.random().toString(36).slice(2);
        var socket = new WebSocket(url, ['graphql-ws']);
        var finished = false;
        var finish = function (errors) {
          if (finished) return;
          finished = true;
          if (errors) observer.next({ errors: errors });
          observer.complete();
          if (socket.readyState === WebSocket.OPEN) socket.close(1000);
        };
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
                data: JSON.stringify(request),
                extensions: { authorization: auth },
              },
            }));
          } else if (frame.type === 'data' && frame.id === id) {
            observer.next(frame.payload);
          } else if (frame.type === 'error' || frame.type === 'connection_error') {
            // Either ends the subscription: AppSync sends nothing more for it.
            finish((frame.payload && frame.payload.errors) || [frame.payload]);
          } else if (frame.type === 'complete' && frame.id === id) {
            finish(null);
          }
        };
        socket.onerror = function () {
          finish([{ message: 'The real-time connection failed.' }]);
        };
        socket.onclose = function (event) {
          finish([{ message: 'The real-time connection closed (code ' + event.code + ').' }]);
        };
        return {
          unsubscribe: function () {
            finished = true;
            if (socket.readyState === WebSocket.OPEN) {
              socket.send(JSON.stringify({ id: id, type: 'stop' }));
            }
            socket.close(1000);
          },
        };
      },
    };
  }

  window.createAppSyncFetcher = function (endpoint, realtimeUrl) {
    return function (params, options) {
      var headers = (options && options.headers) || {};
      if (isSubscription(params, options && options.documentAST)) {
        return subscribe(realtimeUrl, params, headers);
      }
      return httpFetch(endpoint, params, headers);
    };
  };
})();
