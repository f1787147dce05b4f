/* mdquiz ordering questions (docs/format.md). A page carries this script only when its quiz has such a question.
   It runs before quiz.js, which calls mdquizOrderingKinds with its helpers (page) and adds the kind returned,
   'ordering'; it adds permutations, prepareOrdering and unsolve to page for code.js. */
function mdquizOrderingKinds(page) {
  'use strict';
  var all = page.all, t = page.t;

  function permutations(list) {
    if (list.length <= 1) return [list];
    var out = [];
    list.forEach(function (item, i) {
      permutations(list.slice(0, i).concat(list.slice(i + 1))).forEach(function (rest) { out.push([item].concat(rest)); });
    });
    return out;
  }
  function orderOf(question) { return all(question, '[data-item]').map(function (item) { return item.getAttribute('data-item'); }); }
  // Moves an item one place up (-1) or down (1); returns what the status announces, or null where it cannot move.
  function move(item, direction) {
    var list = item.parentNode;
    var sibling = direction < 0 ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return null;
    list.insertBefore(item, direction < 0 ? sibling : sibling.nextElementSibling);
    return t('moved', [Array.prototype.indexOf.call(list.children, item) + 1, list.children.length]);
  }
  // The arrow buttons work only with this script, so it adds them and shows their help: a page without scripts
  // shows a plain list. Each spec: [action, arrow, label message, step, what the button does to its item (move)].
  function prepareOrdering(question, specs) {
    all(question, '.order-help').forEach(function (help) {
      help.hidden = false;
      help.nextElementSibling.setAttribute('aria-describedby', help.id);
    });
    all(question, '.order-item').forEach(function (item) {
      var controls = document.createElement('span');
      var text = item.querySelector('.order-text').textContent.trim();
      controls.className = 'order-controls';
      [['up', '\u2191', 'moveUp', -1, move], ['down', '\u2193', 'moveDown', 1, move]].concat(specs).forEach(function (spec) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'order-button';
        button.setAttribute('data-action', spec[0]);
        button.setAttribute('aria-label', t(spec[2], [text]));
        button.textContent = spec[1];
        button.addEventListener('click', function () {
          var said = spec[4](item, spec[3]);
          var status = question.querySelector('.order-status');
          if (said !== null) button.focus(); // moving the item took the focus from its button
          if (said !== null && status) status.textContent = said;
          page.changed(question);
        });
        controls.appendChild(button);
      });
      item.appendChild(controls);
    });
  }
  // Items come in an order unrelated to the answer, which may still be the answer: the question's own key tells,
  // and one item moves to the end. The generator cannot do this without the order saying something.
  // response(question) is the order as the key tests it.
  function unsolve(question, response) {
    var shown = orderOf(question);
    if (shown.length < 2) return;
    page.matches(question, 'order', response(question)).then(function (solved) {
      var list = question.querySelector('.ordering');
      if (solved && orderOf(question).join(',') === shown.join(',')) list.appendChild(list.firstElementChild);
    });
  }
  function orderResponse(question) { return orderOf(question).join(','); }
  page.permutations = permutations;
  page.prepareOrdering = prepareOrdering;
  page.unsolve = unsolve;

  return {
    ordering: {
      prepare: function (question) { prepareOrdering(question, []); },
      grade: function (question) { return page.gradeWhole(question, 'order', orderResponse(question)); },
      reveal: function (question) {
        var ids = orderOf(question);
        if (ids.length > 7) return null;
        return page.firstMatch(question, 'order', permutations(ids).map(function (p) { return p.join(','); })).then(function (found) {
          return found && page.joined(found.split(',').map(function (id) {
            return page.copyOf(question.querySelector('[data-item="' + id + '"] .order-text'));
          }), page.arrow);
        });
      },
      state: orderOf,
      restore: function (question, state) {
        var list = question.querySelector('.ordering');
        state.forEach(function (id) {
          var item = list.querySelector('[data-item="' + id + '"]');
          if (item) list.appendChild(item);
        });
      },
      empty: page.nothing, // an order is always an answer; arrange shows a new one
      arrange: function (question, shuffled) {
        if (shuffled) page.shuffleChildren(question.querySelector('.ordering'));
        unsolve(question, orderResponse);
      }
    }
  };
}
