/* mdquiz course index: shows each quiz's best score from the learner's saved progress. */
(function () {
  'use strict';
  var root = document.querySelector('[data-site]');
  if (!root) return;
  var messages = {};
  try { messages = JSON.parse(document.getElementById('mdquiz-messages').textContent); } catch (ignored) { /* keys remain */ }
  function t(key, args) {
    var text = messages[key] || key;
    (args || []).forEach(function (arg, i) { text = text.split('{' + i + '}').join(String(arg)); });
    return text;
  }
  var storage;
  try { storage = window.localStorage; storage.getItem('mdquiz'); } catch (ignored) { return; } // no storage, no progress
  Array.prototype.forEach.call(root.querySelectorAll('[data-quiz-entry]'), function (entry) {
    var saved;
    try { saved = JSON.parse(storage.getItem('mdquiz:' + root.getAttribute('data-site') + ':' + entry.getAttribute('data-quiz-entry'))); } catch (ignored) { return; }
    if (!saved || saved.version !== entry.getAttribute('data-version') || typeof saved.best !== 'number') return;
    var progress = entry.querySelector('.quiz-progress');
    var text = t('best', [Math.floor(saved.best * 100 + 1e-9)]); // rounded down, as the quiz page does
    if (saved.passed === true) text += ' · ' + t('passedShort');
    else if (saved.passed === false) text += ' · ' + t('notPassedShort');
    progress.textContent = text;
    entry.setAttribute('data-passed', String(saved.passed));
  });
})();
