/* mdquiz single choice and multiple select questions (docs/format.md). A page carries this script only when its
   quiz has such a question. It runs before quiz.js, which calls mdquizChoiceKinds with its helpers (page) and adds
   the kinds returned: 'single' and 'multiple', each object shaped as quiz.js describes. */
function mdquizChoiceKinds(page) {
  'use strict';
  var all = page.all, values = page.values;

  function choice(multiple) {
    function restore(question, state) {
      all(question, 'input[type=radio], input[type=checkbox]').forEach(function (input) {
        input.checked = state.indexOf(input.value) >= 0;
      });
    }
    return {
      prepare: page.nothing,
      // A multiple select earns (right picks - wrong picks) / right options, never below 0: each option's 'pick'
      // key says whether it is right (docs/format.md, "Scoring").
      grade: function (question) {
        var ids = values(all(question, 'input:checked')).sort();
        var whole = page.gradeWhole(question, 'choice', ids.length ? ids.join(',') : null);
        if (!multiple || !ids.length) return whole;
        return whole.then(function (grading) {
          if (grading.score >= 1) return grading; // the picks are only needed for partial credit
          var options = values(all(question, 'input'));
          return Promise.all(options.map(function (id) { return page.accept(question, 'pick', id); })).then(function (picks) {
            var right = 0, net = 0;
            options.forEach(function (id, i) {
              if (picks[i] !== null) right++;
              if (ids.indexOf(id) >= 0) net += picks[i] !== null ? 1 : -1;
            });
            if (right) grading.score = Math.max(0, net) / right;
            return grading;
          });
        });
      },
      reveal: function (question) {
        var ids = values(all(question, 'input'));
        if (ids.length > 12) return null;
        var candidates = [];
        for (var mask = 1; mask < (1 << ids.length); mask++) {
          var subset = ids.filter(function (id, i) { return mask & (1 << i); });
          if (!multiple && subset.length !== 1) continue;
          candidates.push(subset.sort().join(','));
        }
        // the right options in the order the learner sees them, shuffled or not
        return page.firstMatch(question, 'choice', candidates).then(function (found) {
          return found && page.joined(all(question, 'input').filter(function (input) {
            return found.split(',').indexOf(input.value) >= 0;
          }).map(function (input) { return page.copyOf(input.closest('label')); }), '; ');
        });
      },
      state: function (question) { return values(all(question, 'input:checked')); },
      restore: restore,
      empty: function (question) { restore(question, []); },
      arrange: function (question, shuffled) { if (shuffled) all(question, '.options').forEach(page.shuffleChildren); }
    };
  }

  return { single: choice(false), multiple: choice(true) };
}
