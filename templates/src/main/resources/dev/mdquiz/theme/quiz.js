/* mdquiz page script: grades answers with the answer keys of keys.js (mdquizKeys); see docs/answer-keys.md. */
(function () {
  'use strict';
  var root = document.querySelector('[data-quiz]');
  if (!root) return;
  var quizId = root.getAttribute('data-quiz');
  var messages = {};
  try { messages = JSON.parse(document.getElementById('mdquiz-messages').textContent); } catch (ignored) { /* English keys remain */ }

  function t(key, args) {
    var text = messages[key] || key;
    (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(String(arg)); });
    return text;
  }
  function all(element, selector) { return Array.from(element.querySelectorAll(selector)); }
  function values(elements) { return elements.map(function (element) { return element.value; }); }
  function nothing() { /* what a kind of question does not do */ }
  function questions() { return all(root, '[data-question]'); }
  function activeQuestions() { return questions().filter(function (q) { return !q.hidden; }); }
  // Resolves to the part's share of the question's lock when the value is accepted, else to null.
  function accept(question, part, value) { return mdquizKeys.accept(quizId, question, part, value); }
  function matches(question, part, value) { return accept(question, part, value).then(function (share) { return share !== null; }); }

  // Each grader resolves to {answered, score (0..1), parts: [[element, correct]], shares: {part: lock share}}.
  function gradeWhole(question, part, value) {
    if (value === null) return Promise.resolve({ answered: false, score: 0, parts: [], shares: {} });
    return accept(question, part, value).then(function (share) {
      var shares = {};
      shares[part] = share;
      return { answered: true, score: share ? 1 : 0, parts: [], shares: shares };
    });
  }
  function gradeParts(question, elements, partOf, valueOf, acceptOf) {
    var given = elements.map(valueOf);
    var answered = given.some(function (value) { return value !== null; });
    return Promise.all(elements.map(function (element, i) {
      return given[i] === null || given[i] === '' ? null : acceptOf(question, partOf(element), given[i], element);
    })).then(function (shares) {
      var byPart = {};
      elements.forEach(function (element, i) { byPart[partOf(element)] = shares[i]; });
      return { answered: answered, score: elements.length ? shares.filter(Boolean).length / elements.length : 0,
        parts: elements.map(function (element, i) { return [element, shares[i] !== null]; }), shares: byPart };
    });
  }

  // Revealing searches the small response space against the keys, as anyone could in the developer tools.
  // Arrows are not mirrored in right-to-left text, so the arrow between answers points the way the page reads.
  var arrow = document.documentElement.dir === 'rtl' ? ' \u2190 ' : ' \u2192 ';
  // A revealed answer is made of copies of what the page shows (inline code stays code), never of HTML in strings.
  function copyOf(element) {
    var copy = document.createDocumentFragment();
    element.childNodes.forEach(function (node) {
      if (node.nodeName !== 'INPUT') copy.appendChild(node.cloneNode(true));
    });
    var first = copy.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE) first.textContent = first.textContent.replace(/^\s+/, '');
    var last = copy.lastChild;
    if (last && last.nodeType === Node.TEXT_NODE) last.textContent = last.textContent.replace(/\s+$/, '');
    return copy;
  }
  function joined(parts, separator) {
    var out = document.createDocumentFragment();
    parts.forEach(function (part, i) {
      if (i) out.appendChild(document.createTextNode(separator));
      out.appendChild(typeof part === 'string' ? document.createTextNode(part) : part);
    });
    return out;
  }
  function firstMatch(question, part, candidates) {
    return candidates.reduce(function (previous, candidate) {
      return previous.then(function (found) {
        if (found !== null) return found;
        return matches(question, part, candidate).then(function (ok) { return ok ? candidate : null; });
      });
    }, Promise.resolve(null));
  }
  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i]; list[i] = list[j]; list[j] = swap;
    }
    return list;
  }
  function reorder(parent, children) { children.forEach(function (child) { parent.appendChild(child); }); }
  function shuffleChildren(list) { reorder(list, shuffle(Array.from(list.children))); }

  // Blanks and matching selects are saved as each field's value, in reading order: a kind's state, restore and
  // empty for the fields the selector finds.
  function fields(selector) {
    function of(question) { return all(question, selector); }
    return {
      state: function (question) { return values(of(question)); },
      restore: function (question, state) {
        of(question).forEach(function (field, i) { if (typeof state[i] === 'string') field.value = state[i]; });
      },
      empty: function (question) { of(question).forEach(function (field) { field.value = ''; }); }
    };
  }
  // A changed answer makes the earlier verdict stale.
  function changed(question) {
    clear(question);
    saveAnswers();
  }

  // Every kind of question (its data-type) is one object holding all that differs between kinds; the rest of the
  // script asks the question's kind (kindOf):
  //   prepare(question)          once, on load: controls only the script can offer
  //   grade(question)            resolves to a grading (see gradeWhole)
  //   reveal(question)           resolves to the correct answer as nodes to show, copies of the page's own
  //                              (null if none is found); returns nothing where the page cannot search for it
  //   state(question)            the learner's answer, as saved (an array of strings)
  //   restore(question, state)   puts a saved answer back
  //   empty(question)            takes the answer away, for Try again and Reset
  //   arrange(question, shuffle) on load and every retry: shuffles the answers when the quiz says so
  // Each kind comes in a script of its own, which only the pages with such a question carry and which runs before
  // this one (choice.js, fill-in.js, ordering.js, matching.js; then code.js, which builds on fill-in and ordering):
  // it defines a function that takes the helpers below and returns its kinds, and may add helpers to them for
  // the scripts after it (docs/page-contract.md).
  var kinds = {};
  var page = { quizId: quizId, kinds: kinds, all: all, values: values, t: t, nothing: nothing, accept: accept,
    matches: matches, gradeWhole: gradeWhole, gradeParts: gradeParts, firstMatch: firstMatch, copyOf: copyOf,
    joined: joined, arrow: arrow, shuffle: shuffle, reorder: reorder, shuffleChildren: shuffleChildren,
    fields: fields, check: check, changed: changed };
  [window.mdquizChoiceKinds, window.mdquizFillInKinds, window.mdquizOrderingKinds, window.mdquizMatchingKinds,
    window.mdquizCodeKinds].forEach(function (kindsOf) {
    if (typeof kindsOf === 'function') Object.assign(kinds, kindsOf(page));
  });
  // A question with code to answer (blanks in code, lines of code to order) is of its type's code kind.
  // A data-type this script does not know stops it loudly, rather than leaving a question that does nothing.
  function kindOf(question) {
    var type = question.getAttribute('data-type');
    var kind = question.querySelector('.code-blanks, .ordering-code') ? type + ' code' : type;
    if (!kinds.hasOwnProperty(kind)) {
      throw new Error('mdquiz: question ' + question.getAttribute('data-question') + ' has an unknown data-type "' + type + '"'
        + (kind === type ? '' : ' with code') + ', or the page lacks its script');
    }
    return kinds[kind];
  }

  // Grading is asynchronous: a verdict for an answer that has changed since is dropped.
  var generations = new WeakMap();
  function generation(question) { return generations.get(question) || 0; }
  function grade(question) {
    var started = generation(question);
    return kindOf(question).grade(question).then(function (grading) {
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
    all(question, '.part-mark').forEach(function (mark) { mark.remove(); }); // a submit after a check re-marks
    grading.parts.forEach(function (part) {
      var mark = document.createElement('span');
      mark.className = 'part-mark';
      mark.setAttribute('aria-hidden', 'true'); // the verdict is announced once, in words, by .result
      mark.setAttribute('data-mark', part[1] ? 'correct' : 'incorrect');
      mark.textContent = part[1] ? '\u2713' : '\u2717';
      part[0].setAttribute('data-part-result', part[1] ? 'correct' : 'incorrect');
      part[0].insertAdjacentElement('afterend', mark);
    });
    if (!question.hasAttribute('data-lock')) explain(question);
    else if (result === 'correct') unlock(question, grading.shares);
    var reveal = question.querySelector('.reveal');
    if (reveal && result !== 'correct' && root.hasAttribute('data-reveal')) revealAnswer(question, reveal);
  }
  function explain(question) {
    all(question, '.explanation').forEach(function (element) { element.hidden = false; });
    all(question, '.option').forEach(function (option) {
      all(option, '.option-feedback').forEach(function (feedback) { feedback.hidden = !option.querySelector('input').checked; });
    });
  }
  // A locked question's explanation and feedback open only for a correct response: lock.js puts them in place,
  // and they are shown like any other question's.
  function unlock(question, shares) {
    var started = generation(question);
    mdquizKeys.unlock(question, shares).then(function () {
      if (question.hasAttribute('data-unlocked') && generation(question) === started) explain(question);
    });
  }
  function clear(question) {
    generations.set(question, generation(question) + 1);
    question.removeAttribute('data-result');
    question.querySelector('.result').textContent = '';
    all(question, '[data-part-result]').forEach(function (element) { element.removeAttribute('data-part-result'); });
    all(question, '.part-mark').forEach(function (mark) { mark.remove(); });
    all(question, '.explanation, .option-feedback').forEach(function (element) { element.hidden = true; });
    all(question, '.reveal').forEach(function (element) { element.textContent = ''; });
  }

  // Stretched keys are not searched: their author made every try slow on purpose.
  function revealAnswer(question, target) {
    if (question.hasAttribute('data-iterations')) return;
    var found = kindOf(question).reveal(question);
    if (!found) return;
    var started = generation(question);
    found.then(function (answer) {
      if (!answer || generation(question) !== started) return;
      target.textContent = t('correctAnswer') + ' '; // a live region: the answer is announced
      target.appendChild(answer);
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
      saveAnswers();
    });
  }

  function formatScore(value) { return String(Math.round(value * 100) / 100); }
  // Shown scores use the page language's decimal sign (2,5 in German), with Western digits as the rest of the text.
  var scoreFormat;
  try {
    scoreFormat = new Intl.NumberFormat((document.documentElement.lang || 'en') + '-u-nu-latn', { maximumFractionDigits: 2, useGrouping: false });
  } catch (ignored) { scoreFormat = { format: formatScore }; }
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
      // rounded down, so that 69.5 % neither shows as 70 % nor passes a 70 % mark
      var percent = max ? Math.floor(100 * score / max + 1e-9) : 0;
      var text = t('score', [scoreFormat.format(Math.round(score * 100) / 100), max, percent]);
      var pass = root.getAttribute('data-pass');
      var passed = pass !== null && percent >= parseInt(pass, 10);
      if (pass !== null) {
        root.setAttribute('data-passed', String(passed));
        text += ' ' + t(passed ? 'passed' : 'failed', [pass]);
      }
      root.querySelector('.score').textContent = text;
      root.querySelector('[data-action="retry"]').hidden = false;
      saveProgress(max ? score / max : 0, pass === null ? null : passed);
      saveAnswers();
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
  function storeProgress(saved) {
    try { window.localStorage.setItem(progressKey(), JSON.stringify(saved)); } catch (ignored) { /* storage unavailable */ }
  }
  function saveProgress(fraction, passed) {
    var saved = loadProgress() || { version: root.getAttribute('data-version') };
    if (typeof saved.best !== 'number' || fraction > saved.best) saved.best = fraction;
    if (passed !== null) saved.passed = saved.passed === true || passed;
    storeProgress(saved);
  }

  // The learner's answers, which questions were checked, and the arrangement shown, so a reload resumes.
  var restoring = false;
  function saveAnswers() {
    if (restoring) return;
    var saved = loadProgress() || { version: root.getAttribute('data-version') };
    saved.answers = {};
    questions().forEach(function (question) { saved.answers[question.getAttribute('data-question')] = kindOf(question).state(question); });
    saved.checked = questions().filter(function (q) { return q.hasAttribute('data-result'); })
      .map(function (q) { return q.getAttribute('data-question'); });
    saved.shown = activeQuestions().map(function (q) { return q.getAttribute('data-question'); });
    saved.submitted = root.hasAttribute('data-score');
    storeProgress(saved);
  }
  function byId(id) {
    return questions().filter(function (q) { return q.getAttribute('data-question') === id; })[0];
  }
  // Puts back the questions shown last time, in that order; false when they no longer fit this page.
  function restoreArrangement(shown) {
    if (!Array.isArray(shown) || !shown.length || !shown.every(byId)) return false;
    var summary = root.querySelector('.summary');
    shown.forEach(function (id) { root.insertBefore(byId(id), summary); });
    var number = 0;
    questions().forEach(function (question) {
      question.hidden = shown.indexOf(question.getAttribute('data-question')) < 0;
      if (!question.hidden && messages.question) question.querySelector('.question-number').textContent = t('question', [++number]);
    });
    return true;
  }
  function resume() {
    var saved = loadProgress();
    if (!saved || !saved.answers) {
      arrange();
      return;
    }
    restoring = true;
    if (!restoreArrangement(saved.shown)) arrange();
    questions().forEach(function (question) {
      var state = saved.answers[question.getAttribute('data-question')];
      if (Array.isArray(state)) kindOf(question).restore(question, state);
    });
    restoring = false;
    var checks = (saved.checked || []).map(byId).filter(Boolean).map(check);
    var started = attempt;
    if (saved.submitted) Promise.all(checks).then(function () { if (attempt === started) submit(); });
  }

  // Applies the quiz's shuffle and pick settings: called on load and on every retry.
  function arrange() {
    var shuffled = root.hasAttribute('data-shuffle-answers');
    var list = questions();
    list.forEach(function (question) { kindOf(question).arrange(question, shuffled); });
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
    startOver();
    arrange();
    saveAnswers();
    var first = activeQuestions()[0];
    if (first) first.querySelector('input, select, button').focus();
  }
  // Reset forgets everything saved for this quiz, best score included.
  function reset() {
    try { window.localStorage.removeItem(progressKey()); } catch (ignored) { /* storage unavailable */ }
    startOver();
    arrange();
    root.querySelector('.score').textContent = t('resetDone');
  }
  var attempt = 0; // counts Retry and Reset, so a restore still in flight does not resubmit an abandoned attempt
  function startOver() {
    attempt++;
    questions().forEach(function (question) {
      kindOf(question).empty(question);
      clear(question);
    });
    root.removeAttribute('data-score');
    root.removeAttribute('data-max-score');
    root.removeAttribute('data-passed');
    root.querySelector('.score').textContent = '';
    root.querySelector('[data-action="retry"]').hidden = true;
  }

  // Every question's kind is known before anything listens: an unknown one stops the script here.
  questions().forEach(function (question) { kindOf(question).prepare(question); });
  root.addEventListener('click', function (event) {
    var button = event.target.closest('[data-action]');
    if (!button) return;
    var action = button.getAttribute('data-action');
    if (action === 'check') check(button.closest('[data-question]'));
    else if (action === 'submit') submit();
    else if (action === 'retry') retry();
    else if (action === 'reset') reset();
  });
  function stale(event) {
    var question = event.target.closest('[data-question]');
    if (question) changed(question);
  }
  root.addEventListener('change', stale);
  root.addEventListener('input', stale);
  resume();
})();
