// The H5P player frame (issue 6), served as /h5p/player.js to /h5p/play/<id>. A plain browser script.
//
// The frame is sandboxed without allow-same-origin: an opaque origin, no cookie, no storage, no
// session. It talks to the lesson page only through postMessage, with messages of one channel:
//   frame → page: ready · result {scaled, raw, max, success, completion} · state {state} · resize {height}
//   page → frame: start {state}  (the saved state, or null)
// Only the numbers of an xAPI result leave the frame: never a statement, never an actor.
(function () {
  'use strict';
  var CHANNEL = 'continuite-h5p';
  var root = document.getElementById('h5p');
  var packageId = root && root.getAttribute('data-package');
  // The frame's address is on the platform's origin, and so is the page that frames it: messages go
  // to that origin only (location keeps the address's origin when the document's own is opaque).
  var pageOrigin = window.location.origin;
  var started = false;
  var lastState = null;

  // H5P core reads localStorage (its offline queue, the clipboard, an anonymous actor id); in this
  // sandbox the getter throws and H5P.init stops half-way. A storage in memory, gone with the frame.
  try {
    void window.localStorage;
  } catch {
    var items = {};
    var has = function (key) {
      return Object.prototype.hasOwnProperty.call(items, String(key));
    };
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      value: {
        get length() {
          return Object.keys(items).length;
        },
        key: function (index) {
          var keys = Object.keys(items);
          return index < keys.length ? keys[index] : null;
        },
        getItem: function (key) {
          return has(key) ? items[String(key)] : null;
        },
        setItem: function (key, value) {
          items[String(key)] = String(value);
        },
        removeItem: function (key) {
          delete items[String(key)];
        },
        clear: function () {
          items = {};
        },
      },
    });
  }

  function post(message) {
    message.channel = CHANNEL;
    window.parent.postMessage(message, pageOrigin);
  }

  function number(value) {
    return typeof value === 'number' && isFinite(value) ? value : null;
  }

  function flag(value) {
    return typeof value === 'boolean' ? value : null;
  }

  function postState(data) {
    if (data === undefined) return;
    var state = JSON.stringify(data);
    if (state === lastState) return;
    lastState = state;
    post({ type: 'state', state: state });
  }

  function saveStateNow() {
    var instance = window.H5P && window.H5P.instances && window.H5P.instances[0];
    if (instance && typeof instance.getCurrentState === 'function') postState(instance.getCurrentState());
  }

  // answered / completed of the content itself (not of a sub-content, which names a parent).
  function onStatement(event) {
    var statement = event && event.data && event.data.statement;
    if (!statement || !statement.verb || typeof statement.verb.id !== 'string') return;
    if (!/\/(answered|completed)$/.test(statement.verb.id)) return;
    var context = statement.context && statement.context.contextActivities;
    if (context && context.parent) return;
    var result = statement.result;
    if (!result || !result.score) return;
    post({
      type: 'result',
      result: {
        scaled: number(result.score.scaled),
        raw: number(result.score.raw),
        max: number(result.score.max),
        success: flag(result.success),
        completion: flag(result.completion),
      },
    });
    saveStateNow();
  }

  function start(state) {
    if (started || !packageId || !window.H5PStandalone) return;
    started = true;
    new window.H5PStandalone.H5P(root, {
      id: packageId,
      h5pJsonPath: '/h5p/content/' + packageId,
      frameJs: '/h5p/standalone/frame.bundle.js',
      frameCss: '/h5p/standalone/styles/h5p.css',
      // In this document: a nested frame would get an opaque origin of its own and H5P could not reach it.
      embedType: 'div',
      // H5P asks the content for its state this often (seconds) and after each completion.
      saveFreq: 5,
      contentUserData: typeof state === 'string' ? [{ state: state }] : undefined,
    }).then(function () {
      var H5P = window.H5P;
      H5P.externalDispatcher.on('xAPI', onStatement);
      // Without a user, H5P keeps the state in memory only: it is passed on to the page to store.
      var setUserData = H5P.setUserData;
      H5P.setUserData = function (contentId, dataId, data, options) {
        setUserData.apply(this, arguments);
        if (dataId === 'state' && !(options && options.subContentId)) postState(data);
      };
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== pageOrigin) return;
    var data = event.data;
    if (!data || data.channel !== CHANNEL || data.type !== 'start') return;
    start(typeof data.state === 'string' ? data.state : null);
  });

  if (window.ResizeObserver) {
    new ResizeObserver(function () {
      // The body's own height: the document's is never less than the frame, which could then only grow.
      post({ type: 'resize', height: Math.ceil(document.body.getBoundingClientRect().height) + 2 });
    }).observe(document.body);
  }
  window.addEventListener('pagehide', saveStateNow);

  // Said again until the page answers: a page still hydrating may not listen yet.
  var calls = 0;
  (function ready() {
    if (started || calls++ >= 20) return;
    post({ type: 'ready' });
    setTimeout(ready, 500);
  })();
})();
