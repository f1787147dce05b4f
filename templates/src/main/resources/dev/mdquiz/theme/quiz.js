/* mdquiz page script: grades answers against salted SHA-256 keys; see docs/answer-keys.md. */
(function () {
  'use strict';
  var root = document.querySelector('[data-quiz]');
  if (!root) return;
  var quizId = root.getAttribute('data-quiz');
  var encoder = new TextEncoder();

  // SHA-256 for pages without Web Crypto (plain http:// on a LAN address has no crypto.subtle).
  var K = [], H0 = [];
  (function () {
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) | 0; }
    for (var n = 2; K.length < 64; n++) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) if (n % d === 0) { prime = false; break; }
      if (!prime) continue;
      if (H0.length < 8) H0.push(frac(Math.sqrt(n)));
      K.push(frac(Math.cbrt(n)));
    }
  })();
  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }
  function sha256(bytes) {
    var length = bytes.length;
    var block = new Uint8Array(((length + 72) >> 6) << 6);
    block.set(bytes);
    block[length] = 0x80;
    var view = new DataView(block.buffer);
    view.setUint32(block.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(block.length - 4, (length << 3) >>> 0);
    var h = H0.slice(), w = new Array(64);
    for (var offset = 0; offset < block.length; offset += 64) {
      var t;
      for (t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4) | 0;
      for (t = 16; t < 64; t++) {
        var a15 = w[t - 15], a2 = w[t - 2];
        w[t] = (w[t - 16] + (ror(a15, 7) ^ ror(a15, 18) ^ (a15 >>> 3)) + w[t - 7]
          + (ror(a2, 17) ^ ror(a2, 19) ^ (a2 >>> 10))) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var out = new Uint8Array(32), outView = new DataView(out.buffer);
    for (var i = 0; i < 8; i++) outView.setUint32(i * 4, h[i] >>> 0);
    return out;
  }
  function toHex(bytes) {
    var hex = '';
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    return hex;
  }
  function digest(text) {
    var data = encoder.encode(text);
    var subtle = window.crypto && window.crypto.subtle;
    if (subtle && subtle.digest) {
      return subtle.digest('SHA-256', data).then(function (buffer) { return toHex(new Uint8Array(buffer)); });
    }
    return Promise.resolve(toHex(sha256(data)));
  }

  function questions() { return Array.prototype.slice.call(root.querySelectorAll('[data-question]')); }

  // The canonical response: ids of the chosen options, sorted, comma-separated; null when nothing is chosen.
  function responseOf(question) {
    var ids = Array.prototype.map.call(question.querySelectorAll('input:checked'), function (input) { return input.value; });
    return ids.length ? ids.sort().join(',') : null;
  }

  function grade(question) {
    var response = responseOf(question);
    if (response === null) return Promise.resolve(false);
    var text = question.getAttribute('data-salt') + '|' + quizId + '|' + question.getAttribute('data-question') + '|' + response;
    return digest(text).then(function (hash) { return hash === question.getAttribute('data-key'); });
  }

  function setHidden(elements, hidden) {
    Array.prototype.forEach.call(elements, function (element) { element.hidden = hidden; });
  }

  function show(question, correct) {
    var answered = responseOf(question) !== null;
    question.setAttribute('data-result', correct ? 'correct' : 'incorrect');
    question.querySelector('.result').textContent = correct ? 'Correct' : (answered ? 'Incorrect' : 'Not answered');
    setHidden(question.querySelectorAll('.explanation'), false);
    Array.prototype.forEach.call(question.querySelectorAll('.option'), function (option) {
      var input = option.querySelector('input');
      setHidden(option.querySelectorAll('.option-feedback'), !input.checked);
    });
  }

  function clear(question) {
    question.removeAttribute('data-result');
    question.querySelector('.result').textContent = '';
    setHidden(question.querySelectorAll('.explanation, .option-feedback'), true);
  }

  function check(question) {
    if (responseOf(question) === null) {
      clear(question);
      question.querySelector('.result').textContent = 'Choose an answer first.';
      return Promise.resolve();
    }
    return grade(question).then(function (correct) { show(question, correct); });
  }

  function submit() {
    var all = questions();
    return Promise.all(all.map(grade)).then(function (results) {
      var score = 0;
      results.forEach(function (correct, i) { show(all[i], correct); if (correct) score++; });
      root.setAttribute('data-score', String(score));
      root.setAttribute('data-max-score', String(all.length));
      var percent = all.length ? Math.round(100 * score / all.length) : 0;
      root.querySelector('.score').textContent = 'Score: ' + score + ' of ' + all.length + ' (' + percent + '%)';
    });
  }

  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) return;
    var action = button.getAttribute('data-action');
    if (action === 'check') check(button.closest('[data-question]'));
    else if (action === 'submit') submit();
  });
  // A changed answer makes the earlier verdict stale.
  root.addEventListener('change', function (event) {
    var question = event.target.closest('[data-question]');
    if (question && question.hasAttribute('data-result')) clear(question);
  });
})();
