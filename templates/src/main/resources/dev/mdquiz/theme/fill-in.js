/* mdquiz fill-in questions: short answers and numbers in blanks (docs/format.md). A page carries this script only
   when its quiz has such a question. It runs before quiz.js, which calls mdquizFillInKinds with its helpers (page)
   and adds the kind returned, 'fill-in'; it adds blankValue and acceptBlank to page for code.js. */
function mdquizFillInKinds(page) {
  'use strict';
  var all = page.all;

  // Short answers are compared in the generator's normal form: NFKC, lower case, spaces collapsed.
  function normalize(text) { return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim(); }
  function cleanNumber(text) { return text.trim().replace(/\s+/g, '').replace(',', '.').replace('\u2212', '-'); }
  function parseNumber(text) {
    var cleaned = cleanNumber(text);
    return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? parseFloat(cleaned) : null;
  }
  // An exact answer is hashed as the generator writes it (NumericGrid.canonical): plain digits, no exponent, no
  // leading or trailing zeros; worked on the digits, so no floating-point rounding enters. '' if not a number.
  function canonicalNumber(text) {
    var m = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d{1,4}))?$/i.exec(cleanNumber(text));
    if (!m || !(m[2] || m[3])) return '';
    var digits = (m[2] || '') + (m[3] || ''), point = (m[2] || '').length + (m[4] ? parseInt(m[4], 10) : 0);
    var lead = digits.search(/[1-9]/);
    if (lead < 0) return '0';
    digits = digits.slice(lead).replace(/0+$/, '');
    point -= lead;
    var plain = point <= 0 ? '0.' + '0'.repeat(-point) + digits
      : point >= digits.length ? digits + '0'.repeat(point - digits.length)
      : digits.slice(0, point) + '.' + digits.slice(point);
    return (m[1] === '-' ? '-' : '') + plain;
  }
  // A number in a range is rounded to the range's grid (10^exponent) and compared as a multiple of the step.
  function blankValue(input) {
    var raw = input.value;
    if (!raw.trim()) return null;
    if (input.hasAttribute('data-exact')) return canonicalNumber(raw);
    if (!input.hasAttribute('data-exponent')) return normalize(raw);
    var number = parseNumber(raw);
    if (number === null) return '';
    var exponent = parseInt(input.getAttribute('data-exponent'), 10);
    var step = Math.round(exponent < 0 ? number * Math.pow(10, -exponent) : number / Math.pow(10, exponent));
    return String(step === 0 ? 0 : step);
  }

  // A number in a range is checked on the range's grid (keys.js, acceptOnGrid); anything else as it is.
  function acceptBlank(question, part, value, input) {
    return input.hasAttribute('data-exponent')
      ? mdquizKeys.acceptOnGrid(page.quizId, question, part, Number(value)) : page.accept(question, part, value);
  }
  page.blankValue = blankValue;
  page.acceptBlank = acceptBlank;

  // Short answers and numbers are never revealed: the page does not know them.
  return {
    'fill-in': Object.assign(page.fields('[data-blank]'), {
      // Enter in a blank checks the question, as a form would submit.
      prepare: function (question) {
        question.addEventListener('keydown', function (event) {
          if (event.key !== 'Enter' || !event.target.matches('input[data-blank]')) return;
          event.preventDefault();
          if (question.querySelector('[data-action="check"]')) page.check(question);
        });
      },
      grade: function (question) {
        return page.gradeParts(question, all(question, '[data-blank]'),
          function (input) { return input.getAttribute('data-blank'); }, blankValue, acceptBlank);
      },
      reveal: page.nothing,
      arrange: page.nothing
    })
  };
}
