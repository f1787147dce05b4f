/* mdquiz SCORM 1.2 bridge: only a SCORM package's page carries it, inline before the page script (keys.js, quiz.js),
   which stays as the site has it. It finds the LMS's API, keeps the page's saved progress in cmi.suspend_data and
   reports each submitted score. Without an LMS it does nothing and the page is the site's page.
   See docs/export.md. */
(function () {
  'use strict';
  var root = document.querySelector('[data-quiz]');
  // The page script runs after this one in the same script element: nothing the LMS does may stop it.
  if (root) {
    try {
      connect();
    } catch (failure) {
      console.warn('mdquiz: the LMS\'s SCORM API failed; the quiz works, but the LMS may not record it:', failure);
    }
  }

  function connect() {
    // ADL's API discovery: the frame's parents, at most 7 levels up, then the window that opened it and its parents.
    function apiAbove(win) {
      for (var level = 0; win && level <= 7; level++) {
        try {
          if (win.API && typeof win.API.LMSInitialize === 'function') return win.API;
        } catch (otherOrigin) { /* a frame of another origin holds no API for us; look further up */ }
        if (win.parent === win) return null;
        win = win.parent;
      }
      return null;
    }
    var api = apiAbove(window);
    if (!api && window.opener) api = apiAbove(window.opener);
    if (!api || String(api.LMSInitialize('')) !== 'true') return;

    function get(element) { return String(api.LMSGetValue(element)); }
    function ok() { return String(api.LMSGetLastError()) === '0'; }
    function set(element, value) { api.LMSSetValue(element, String(value)); return ok(); }
    var finished = false;
    function commit() { if (!finished) api.LMSCommit(''); }

    if (get('cmi.core.lesson_status') === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
    // The page resumes on every visit, so every exit is a suspension: the LMS keeps the attempt and its data.
    set('cmi.core.exit', 'suspend');

    // The page's saved progress (answers, checks, arrangement, best score) lives in the LMS for this learner rather
    // than in this browser: quiz.js keeps it in window.localStorage under one key, so the bridge hands it a storage
    // that keeps that key in cmi.suspend_data and passes any other to the browser's own. An LMS that keeps no suspend
    // data leaves progress in the browser, as on the site.
    function keepProgressInLms() {
      var progressKey = 'mdquiz:' + root.getAttribute('data-site') + ':' + root.getAttribute('data-quiz');
      var held = get('cmi.suspend_data') || null;
      if (!ok()) return;
      var browserStorage = null;
      try { browserStorage = window.localStorage; } catch (blocked) { /* storage unavailable: the LMS holds all */ }
      function keep(value) {
        held = value === null ? null : compact(value);
        set('cmi.suspend_data', held || '');
      }
      var lmsStorage = {
        getItem: function (name) {
          return name === progressKey ? held : browserStorage && browserStorage.getItem(name);
        },
        setItem: function (name, value) {
          if (name === progressKey) keep(String(value));
          else if (browserStorage) browserStorage.setItem(name, value);
        },
        removeItem: function (name) {
          if (name === progressKey) keep(null);
          else if (browserStorage) browserStorage.removeItem(name);
        }
      };
      try {
        Object.defineProperty(window, 'localStorage', { configurable: true, get: function () { return lmsStorage; } });
      } catch (fixed) { /* a browser that will not let it go: the page keeps progress in the browser */ }
    }

    // SCORM 1.2 holds at most 4096 characters; a long quiz drops first what is cheapest to lose: which questions were
    // checked, then the order shown, then the answers, keeping the best score.
    var SUSPEND_LIMIT = 4096;
    function compact(json) {
      var saved;
      try { saved = JSON.parse(json); } catch (notJson) { return json.length <= SUSPEND_LIMIT ? json : ''; }
      var smaller = [
        saved,
        without(saved, ['checked']),
        without(saved, ['checked', 'shown']),
        without(saved, ['checked', 'shown', 'answers', 'submitted'])
      ];
      for (var i = 0; i < smaller.length; i++) {
        var text = JSON.stringify(smaller[i]);
        if (text.length <= SUSPEND_LIMIT) return text;
      }
      return '';
    }
    function without(saved, names) {
      var copy = {};
      Object.keys(saved).forEach(function (name) { if (names.indexOf(name) < 0) copy[name] = saved[name]; });
      return copy;
    }
    keepProgressInLms();

    // A submit sets data-score (see docs/page-contract.md): the score goes to the LMS as a percentage of the quiz's
    // points, the status as the page decided it against the pass mark, or completed when there is none.
    function report() {
      var score = parseFloat(root.getAttribute('data-score'));
      var max = parseFloat(root.getAttribute('data-max-score'));
      if (!(max > 0) || isNaN(score)) return;
      set('cmi.core.score.min', 0);
      set('cmi.core.score.max', 100);
      set('cmi.core.score.raw', Math.round(10000 * score / max) / 100);
      var passed = root.getAttribute('data-passed');
      set('cmi.core.lesson_status', passed === null ? 'completed' : passed === 'true' ? 'passed' : 'failed');
      commit();
    }
    new MutationObserver(function () { if (root.hasAttribute('data-score')) report(); })
      .observe(root, { attributes: true, attributeFilter: ['data-score'] });

    // CMITimespan: HHHH:MM:SS.SS
    var started = Date.now();
    function timespan(milliseconds) {
      var seconds = Math.floor(milliseconds / 10) / 100;
      var hours = Math.min(9999, Math.floor(seconds / 3600));
      function two(n) { return (n < 10 ? '0' : '') + n; }
      var rest = (seconds % 60).toFixed(2);
      return two(hours) + ':' + two(Math.floor(seconds / 60) % 60) + ':' + (rest.length < 5 ? '0' : '') + rest;
    }
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') commit(); });
    window.addEventListener('pagehide', function () {
      if (finished) return;
      set('cmi.core.session_time', timespan(Date.now() - started));
      commit();
      finished = true;
      api.LMSFinish('');
    });
  }
})();
