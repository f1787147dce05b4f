/* mdquiz code questions (docs/format.md): blanks in code, output to predict in a text area, and Parsons problems.
   A page carries this script only when its quiz has such a question. It runs after fill-in.js and ordering.js,
   before quiz.js, which calls mdquizCodeKinds last with its helpers (page, with those the two added) and adds the
   kinds returned: 'fill-in code' and 'ordering code', the kinds of questions with code to answer, each made from
   the plain kind of its data-type. */
function mdquizCodeKinds(page) {
  'use strict';
  var all = page.all;

  // An answer of several lines (a program's output) is compared as AnswerText.lines writes it: NFC, line ends as
  // \n, spaces and tabs at the end of each line and blank lines at the end dropped, the rest exact.
  function lines(text) {
    return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  }
  function blankValue(input) {
    return input.hasAttribute('data-lines') && input.value.trim() ? lines(input.value) : page.blankValue(input);
  }

  // The response the key tests: each item's id, or for a line of code that reads as others do the id they share
  // (data-as); with graded indentation each with its level.
  function gradesIndent(question) { return !!question.querySelector('[data-grade-indent]'); }
  function indentOf(item) { return parseInt(item.getAttribute('data-indent'), 10) || 0; }
  function orderValue(question) {
    var graded = gradesIndent(question);
    return all(question, '[data-item]').map(function (item) {
      return (item.getAttribute('data-as') || item.getAttribute('data-item')) + (graded ? ':' + indentOf(item) : '');
    }).join(',');
  }
  var MAX_INDENT = 8; // OrderingKind.MAX_INDENT
  function level(value) { return String(Math.max(0, Math.min(MAX_INDENT, value))); }
  // Indents an item one level (1) or outdents it (-1); returns what the status announces.
  function indent(item, step) {
    var to = level(indentOf(item) + step);
    item.setAttribute('data-indent', to);
    return page.t('indented', [to]);
  }

  return {
    'fill-in code': Object.assign({}, page.kinds['fill-in'], {
      grade: function (question) {
        return page.gradeParts(question, all(question, '[data-blank]'),
          function (input) { return input.getAttribute('data-blank'); }, blankValue, page.acceptBlank);
      }
    }),
    'ordering code': {
      // code is written left to right whatever the page's direction, so the arrows point as indentation goes
      prepare: function (question) {
        page.prepareOrdering(question, gradesIndent(question)
          ? [['outdent', '\u2190', 'outdent', -1, indent], ['indent', '\u2192', 'indent', 1, indent]] : []);
      },
      grade: function (question) { return page.gradeWhole(question, 'order', orderValue(question)); },
      // An order with indentation to set has too many candidates to search. The lines found read best as the
      // program: one under the other, indented.
      reveal: function (question) {
        var items = all(question, '[data-item]');
        if (items.length > 7 || gradesIndent(question)) return null;
        var keyOf = function (item) { return item.getAttribute('data-as') || item.getAttribute('data-item'); };
        return page.firstMatch(question, 'order', page.permutations(items).map(function (p) { return p.map(keyOf).join(','); })).then(function (found) {
          if (!found) return null;
          var left = items.slice();
          var pre = document.createElement('pre');
          pre.textContent = found.split(',').map(function (key) {
            var item = left.filter(function (candidate) { return keyOf(candidate) === key; })[0];
            left.splice(left.indexOf(item), 1);
            return '    '.repeat(indentOf(item)) + item.querySelector('.order-text').textContent.trim();
          }).join('\n');
          return pre;
        });
      },
      // the order, each id with its level where the learner sets it
      state: function (question) {
        var graded = gradesIndent(question);
        return all(question, '[data-item]').map(function (item) {
          return item.getAttribute('data-item') + (graded ? ':' + indentOf(item) : '');
        });
      },
      restore: function (question, state) {
        var list = question.querySelector('.ordering');
        var graded = gradesIndent(question);
        state.forEach(function (saved) {
          var parts = String(saved).split(':');
          var item = list.querySelector('[data-item="' + parts[0] + '"]');
          if (!item) return;
          list.appendChild(item);
          if (graded && parts.length > 1) item.setAttribute('data-indent', level(parseInt(parts[1], 10) || 0));
        });
      },
      // an order is always an answer, and arrange shows a new one; indentation the learner set starts again from 0
      empty: function (question) {
        if (gradesIndent(question)) all(question, '[data-item]').forEach(function (item) { item.setAttribute('data-indent', '0'); });
      },
      arrange: function (question, shuffled) {
        if (shuffled) page.shuffleChildren(question.querySelector('.ordering'));
        page.unsolve(question, orderValue);
      }
    }
  };
}
