/* mdquiz matching questions (docs/format.md). A page carries this script only when its quiz has such a question.
   It runs before quiz.js, which calls mdquizMatchingKinds with its helpers (page) and adds the kind returned,
   'matching'. */
function mdquizMatchingKinds(page) {
  'use strict';
  var all = page.all;

  return {
    matching: Object.assign(page.fields('select[data-left]'), {
      prepare: page.nothing,
      grade: function (question) {
        return page.gradeParts(question, all(question, 'select[data-left]'),
          function (select) { return select.getAttribute('data-left'); },
          function (select) { return select.value || null; }, page.accept);
      },
      reveal: function (question) {
        return Promise.all(all(question, 'select[data-left]').map(function (select) {
          var rights = page.values(all(select, 'option')).filter(Boolean);
          return page.firstMatch(question, select.getAttribute('data-left'), rights).then(function (right) {
            var label = question.querySelector('label[for="' + select.id + '"]');
            var option = right && select.querySelector('option[value="' + right + '"]');
            return page.joined([label ? page.copyOf(label) : '', option ? option.textContent.trim() : '?'], page.arrow);
          });
        })).then(function (pairs) { return page.joined(pairs, '; '); });
      },
      arrange: function (question, shuffled) {
        if (shuffled) {
          all(question, 'select[data-left]').forEach(function (select) {
            page.reorder(select, page.shuffle(all(select, 'option').slice(1)));
          });
        }
      }
    })
  };
}
