/* mdquiz page script: grades answers against salted SHA-256 keys; see docs/answer-keys.md. */
(function () {
  'use strict';
  var root = document.querySelector('[data-quiz]');
  if (!root) return;
  var quizId = root.getAttribute('data-quiz');
  var encoder = new TextEncoder();
  var messages = {};
  try { messages = JSON.parse(document.getElementById('mdquiz-messages').textContent); } catch (ignored) { /* English keys remain */ }

  // SHA-256 for pages without Web Crypto (browsers hide crypto.subtle on insecure origins such as a LAN address).
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

  function t(key, args) {
    var text = messages[key] || key;
    (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(String(arg)); });
    return text;
  }
  function all(element, selector) { return Array.prototype.slice.call(element.querySelectorAll(selector)); }
  function questions() { return all(root, '[data-question]'); }
  function activeQuestions() { return questions().filter(function (q) { return !q.hidden; }); }
  function keysOf(question) { return (question.getAttribute('data-keys') || '').split(' '); }
  function hashPart(question, part, value) {
    return digest([question.getAttribute('data-salt'), quizId, question.getAttribute('data-question'), part, value].join('|'));
  }
  function matches(question, part, value) {
    return hashPart(question, part, value).then(function (hash) { return keysOf(question).indexOf(hash) >= 0; });
  }

  // Short answers are compared in the generator's normal form: NFKC, lower case, spaces collapsed.
  function normalize(text) { return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function parseNumber(text) {
    var cleaned = text.trim().replace(/\s+/g, '').replace(',', '.').replace('\u2212', '-');
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? parseFloat(cleaned) : null;
  }
  // A number is rounded to the blank's grid (10^exponent) and compared as a multiple of the step.
  function blankValue(input) {
    var raw = input.value;
    if (!raw.trim()) return null;
    if (!input.hasAttribute('data-exponent')) return normalize(raw);
    var number = parseNumber(raw);
    if (number === null) return '';
    var exponent = parseInt(input.getAttribute('data-exponent'), 10);
    var scaled = exponent < 0 ? number * Math.pow(10, -exponent) : number / Math.pow(10, exponent);
    var step = Math.round(scaled);
    if (input.hasAttribute('data-exact') && Math.abs(scaled - step) > 1e-9 * Math.max(1, Math.abs(scaled))) return '';
    return String(step === 0 ? 0 : step);
  }

  // Each grader resolves to {answered, score (0..1), parts: [[element, correct]]}.
  function gradeChoice(question) {
    var ids = all(question, 'input:checked').map(function (input) { return input.value; }).sort();
    if (!ids.length) return Promise.resolve({ answered: false, score: 0, parts: [] });
    return matches(question, 'choice', ids.join(',')).then(function (ok) { return { answered: true, score: ok ? 1 : 0, parts: [] }; });
  }
  function gradeParts(question, elements, partOf, valueOf) {
    var values = elements.map(valueOf);
    var answered = values.some(function (value) { return value !== null; });
    return Promise.all(elements.map(function (element, i) {
      return values[i] === null ? false : matches(question, partOf(element), values[i]);
    })).then(function (results) {
      var right = results.filter(Boolean).length;
      return { answered: answered, score: elements.length ? right / elements.length : 0,
        parts: elements.map(function (element, i) { return [element, results[i]]; }) };
    });
  }
  function gradeFillIn(question) {
    return gradeParts(question, all(question, 'input[data-blank]'),
      function (input) { return input.getAttribute('data-blank'); }, blankValue);
  }
  function gradeMatching(question) {
    return gradeParts(question, all(question, 'select[data-left]'),
      function (select) { return select.getAttribute('data-left'); },
      function (select) { return select.value || null; });
  }
  function orderOf(question) { return all(question, '[data-item]').map(function (item) { return item.getAttribute('data-item'); }); }
  function gradeOrdering(question) {
    return matches(question, 'order', orderOf(question).join(',')).then(function (ok) { return { answered: true, score: ok ? 1 : 0, parts: [] }; });
  }
  var graders = { single: gradeChoice, multiple: gradeChoice, 'fill-in': gradeFillIn, ordering: gradeOrdering, matching: gradeMatching };
  // Grading is asynchronous: a verdict for an answer that has changed since is dropped.
  var generations = new WeakMap();
  function generation(question) { return generations.get(question) || 0; }
  function grade(question) {
    var started = generation(question);
    return graders[question.getAttribute('data-type')](question).then(function (grading) {
      grading.current = generation(question) === started;
      return grading;
    });
  }

  function verdict(grading) {
    if (!grading.answered) return 'incorrect';
    return grading.score >= 1 ? 'correct' : grading.score > 0 ? 'partial' : 'incorrect';
  }
  function show(question, grading) {
    if (!grading.current) return;
    var result = verdict(grading);
    question.setAttribute('data-result', result);
    question.querySelector('.result').textContent = grading.answered ? t(result) : t('unanswered');
    grading.parts.forEach(function (part) {
      var mark = document.createElement('span');
      mark.className = 'part-mark';
      mark.setAttribute('aria-hidden', 'true'); // the verdict is announced once, in words, by .result
      mark.setAttribute('data-mark', part[1] ? 'correct' : 'incorrect');
      mark.textContent = part[1] ? '\u2713' : '\u2717';
      part[0].setAttribute('data-part-result', part[1] ? 'correct' : 'incorrect');
      part[0].insertAdjacentElement('afterend', mark);
    });
    all(question, '.explanation').forEach(function (element) { element.hidden = false; });
    all(question, '.option').forEach(function (option) {
      all(option, '.option-feedback').forEach(function (feedback) { feedback.hidden = !option.querySelector('input').checked; });
    });
    var reveal = question.querySelector('.reveal');
    if (reveal && result !== 'correct' && root.hasAttribute('data-reveal')) revealAnswer(question, reveal);
  }
  function clear(question) {
    generations.set(question, generation(question) + 1);
    question.removeAttribute('data-result');
    question.querySelector('.result').textContent = '';
    all(question, '[data-part-result]').forEach(function (element) { element.removeAttribute('data-part-result'); });
    all(question, '.part-mark').forEach(function (mark) { mark.remove(); });
    all(question, '.explanation, .option-feedback, .reveal').forEach(function (element) { element.hidden = true; });
  }

  // Revealing searches the small response space against the keys, as anyone could in the developer tools;
  // short answers and numbers cannot be revealed, since the page does not know them.
  function revealAnswer(question, target) {
    var type = question.getAttribute('data-type');
    var found;
    if (type === 'single' || type === 'multiple') found = revealChoice(question);
    else if (type === 'matching') found = revealMatching(question);
    else if (type === 'ordering') found = revealOrdering(question);
    if (!found) return;
    var started = generation(question);
    found.then(function (text) {
      if (!text || generation(question) !== started) return;
      target.textContent = t('correctAnswer') + ' ' + text;
      target.hidden = false;
    });
  }
  function labelText(question, id) {
    var input = question.querySelector('input[value="' + id + '"]');
    return input && input.labels && input.labels[0] ? input.labels[0].textContent.trim() : id;
  }
  function firstMatch(question, part, candidates) {
    return candidates.reduce(function (previous, candidate) {
      return previous.then(function (found) {
        if (found !== null) return found;
        return matches(question, part, candidate).then(function (ok) { return ok ? candidate : null; });
      });
    }, Promise.resolve(null));
  }
  function revealChoice(question) {
    var ids = all(question, 'input').map(function (input) { return input.value; });
    if (ids.length > 12) return null;
    var candidates = [];
    for (var mask = 1; mask < (1 << ids.length); mask++) {
      var subset = ids.filter(function (id, i) { return mask & (1 << i); });
      if (question.getAttribute('data-type') === 'single' && subset.length !== 1) continue;
      candidates.push(subset.sort().join(','));
    }
    return firstMatch(question, 'choice', candidates).then(function (found) {
      return found && found.split(',').map(function (id) { return labelText(question, id); }).join('; ');
    });
  }
  function revealMatching(question) {
    return Promise.all(all(question, 'select[data-left]').map(function (select) {
      var rights = Array.prototype.map.call(select.options, function (option) { return option.value; }).filter(Boolean);
      return firstMatch(question, select.getAttribute('data-left'), rights).then(function (right) {
        var label = question.querySelector('label[for="' + select.id + '"]');
        var option = right && select.querySelector('option[value="' + right + '"]');
        return (label ? label.textContent.trim() : '') + ' \u2192 ' + (option ? option.textContent.trim() : '?');
      });
    })).then(function (pairs) { return pairs.join('; '); });
  }
  function permutations(list) {
    if (list.length <= 1) return [list];
    var out = [];
    list.forEach(function (item, i) {
      permutations(list.slice(0, i).concat(list.slice(i + 1))).forEach(function (rest) { out.push([item].concat(rest)); });
    });
    return out;
  }
  function revealOrdering(question) {
    var ids = orderOf(question);
    if (ids.length > 7) return null;
    return firstMatch(question, 'order', permutations(ids).map(function (p) { return p.join(','); })).then(function (found) {
      return found && found.split(',').map(function (id) {
        return question.querySelector('[data-item="' + id + '"] .order-text').textContent.trim();
      }).join(' \u2192 ');
    });
  }

  function check(question) {
    return grade(question).then(function (grading) {
      if (!grading.current) return;
      if (!grading.answered) {
        clear(question);
        question.querySelector('.result').textContent = t('chooseFirst');
        return;
      }
      show(question, grading);
    });
  }

  function formatScore(value) { return String(Math.round(value * 100) / 100); }
  function submit() {
    var active = activeQuestions();
    return Promise.all(active.map(grade)).then(function (gradings) {
      var score = 0, max = 0;
      gradings.forEach(function (grading, i) {
        var points = parseInt(active[i].getAttribute('data-points'), 10) || 1;
        show(active[i], grading);
        score += points * grading.score;
        max += points;
      });
      root.setAttribute('data-score', formatScore(score));
      root.setAttribute('data-max-score', String(max));
      var percent = max ? Math.round(100 * score / max) : 0;
      var text = t('score', [formatScore(score), max, percent]);
      var pass = root.getAttribute('data-pass');
      if (pass !== null) {
        var passed = percent >= parseInt(pass, 10);
        root.setAttribute('data-passed', String(passed));
        text += ' ' + t(passed ? 'passed' : 'failed', [pass]);
      }
      root.querySelector('.score').textContent = text;
      root.querySelector('[data-action="retry"]').hidden = false;
      saveProgress(max ? score / max : 0, pass === null ? null : percent >= parseInt(pass, 10));
    });
  }

  // Progress lives in localStorage under the site and quiz, tagged with the content version: the course index
  // shows it, and an edited quiz starts afresh. Without storage (private modes, blocked cookies) nothing is kept.
  function progressKey() { return 'mdquiz:' + root.getAttribute('data-site') + ':' + quizId; }
  function loadProgress() {
    try {
      var saved = JSON.parse(window.localStorage.getItem(progressKey()));
      return saved && saved.version === root.getAttribute('data-version') ? saved : null;
    } catch (ignored) { return null; }
  }
  function saveProgress(fraction, passed) {
    var saved = loadProgress() || { version: root.getAttribute('data-version') };
    if (typeof saved.best !== 'number' || fraction > saved.best) saved.best = fraction;
    if (passed !== null) saved.passed = saved.passed === true || passed;
    try { window.localStorage.setItem(progressKey(), JSON.stringify(saved)); } catch (ignored) { /* storage unavailable */ }
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i]; list[i] = list[j]; list[j] = swap;
    }
    return list;
  }
  function reorder(parent, children) { children.forEach(function (child) { parent.appendChild(child); }); }
  // Applies the quiz's shuffle and pick settings: called on load and on every retry.
  function arrange() {
    if (root.hasAttribute('data-shuffle-answers')) {
      all(root, '.options, .ordering').forEach(function (list) { reorder(list, shuffle(Array.prototype.slice.call(list.children))); });
      all(root, 'select[data-left]').forEach(function (select) {
        reorder(select, shuffle(Array.prototype.slice.call(select.options, 1)));
      });
    }
    var list = questions();
    if (root.hasAttribute('data-shuffle-questions')) {
      var summary = root.querySelector('.summary');
      shuffle(list).forEach(function (question) { root.insertBefore(question, summary); });
    }
    var pick = parseInt(root.getAttribute('data-pick'), 10);
    var chosen = pick > 0 ? shuffle(list.slice()).slice(0, pick) : list;
    var shown = 0;
    questions().forEach(function (question) {
      question.hidden = chosen.indexOf(question) < 0;
      if (!question.hidden && messages.question) {
        question.querySelector('.question-number').textContent = t('question', [++shown]);
      }
    });
  }
  function retry() {
    questions().forEach(function (question) {
      all(question, 'input[type=radio], input[type=checkbox]').forEach(function (input) { input.checked = false; });
      all(question, 'input[data-blank]').forEach(function (input) { input.value = ''; });
      all(question, 'select').forEach(function (select) { select.value = ''; });
      clear(question);
    });
    root.removeAttribute('data-score');
    root.removeAttribute('data-max-score');
    root.removeAttribute('data-passed');
    root.querySelector('.score').textContent = '';
    root.querySelector('[data-action="retry"]').hidden = true;
    arrange();
    var first = activeQuestions()[0];
    if (first) first.querySelector('input, select, button').focus();
  }

  function move(button, direction) {
    var item = button.closest('[data-item]');
    var list = item.parentNode;
    var sibling = direction < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    list.insertBefore(item, direction < 0 ? sibling : sibling.nextElementSibling);
    button.focus();
    var position = Array.prototype.indexOf.call(list.children, item) + 1;
    var status = list.parentNode.querySelector('.order-status');
    if (status) status.textContent = t('moved', [position, list.children.length]);
  }

  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) return;
    var action = button.getAttribute('data-action');
    var question = button.closest('[data-question]');
    if (action === 'check') check(question);
    else if (action === 'submit') submit();
    else if (action === 'retry') retry();
    else if (action === 'up' || action === 'down') {
      move(button, action === 'up' ? -1 : 1);
      clear(question);
    }
  });
  // A changed answer makes the earlier verdict stale.
  function stale(event) {
    var question = event.target.closest('[data-question]');
    if (question) clear(question);
  }
  root.addEventListener('change', stale);
  root.addEventListener('input', stale);
  // Enter in a blank checks the question, as a form would submit.
  root.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || !event.target.matches('input[data-blank]')) return;
    event.preventDefault();
    var question = event.target.closest('[data-question]');
    if (question.querySelector('[data-action="check"]')) check(question);
  });
  arrange();
})();
