/*
 * Mittari survey forms: shows and hides conditional questions, and the choices a choice filter drops, and shows
 * answers from the same page in labels and hints, while the respondent answers.
 *
 * Progressive enhancement only. Without this script every question whose condition depends on the same page is
 * shown, and the server, which evaluates every condition again when the page is sent, drops answers to questions
 * whose condition is false. The rules mirror fi.mittari.questionnaire.expression.ExpressionEvaluator: an unanswered
 * question is empty, any comparison with an empty value is false, arithmetic with an empty value is empty.
 * The server writes each condition as a JSON tree (fi.mittari.questionnaire.expression.ExpressionTree).
 */

/*
 * A form page is never shown from the browser's back/forward cache: its response says no-store, which browsers now may
 * restore all the same. After sending, Back would show the last page with its answers (on a kiosk, to the next
 * person) instead of asking the server, which says the answers were sent. So a page restored from that cache loads
 * itself again; what the respondent sent with Next or Back is saved on the server and comes back.
 */
window.addEventListener('pageshow', function (event) {
  'use strict';
  if (event.persisted) {
    window.location.reload();
  }
});

(function () {
  'use strict';

  var EMPTY = {type: 'empty'};
  var form = document.querySelector('form.survey-form');
  if (!form || !window.JSON) {
    return;
  }
  var known = parse(form.getAttribute('data-answers')) || {};
  var today = form.getAttribute('data-today') || '';
  /* now() as the server gives it: the moment it wrote the page, moved on by the time the page has been open. */
  var now = form.getAttribute('data-now') || '';
  var opened = Date.now();
  var questions = Array.prototype.slice.call(form.querySelectorAll('[data-key]'));
  var byKey = {};
  questions.forEach(function (element) {
    byKey[element.getAttribute('data-key')] = element;
  });
  var conditional = questions
    .map(function (element) {
      return {element: element, tree: parse(element.getAttribute('data-condition'))};
    })
    .filter(function (c) {
      return c.tree;
    });
  /* A choice filter that depends on this page: each choice carries its attributes in data-choice. */
  var filtered = questions
    .map(function (element) {
      return {element: element, tree: parse(element.getAttribute('data-choice-filter'))};
    })
    .filter(function (f) {
      return f.tree;
    });
  var currentChoice = null;
  /*
   * Labels and hints that show answers from this page (${key}), with the choices' labels and the calculations they
   * need (fi.mittari.response.web.LiveTexts). Filled in as the respondent answers; focus stays where it is.
   */
  var live = parse(form.getAttribute('data-texts')) || {};
  var calculations = live.calculations || {};
  var choiceLabels = live.choices || {};
  var calculating = {};
  var fillable = liveTargets(live.texts || {});
  if (conditional.length === 0 && filtered.length === 0 && fillable.length === 0) {
    return;
  }

  function parse(text) {
    try {
      return text ? JSON.parse(text) : null;
    } catch (e) {
      return null;
    }
  }

  /* A number as the server reads it: a comma or a point for decimals, spaces ignored. */
  function number(text) {
    var cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(cleaned) ? {type: 'num', value: parseFloat(cleaned)} : EMPTY;
  }

  /* A date as yyyy-mm-dd (what a date field gives) or d.m.yyyy (what a Finn types). */
  function day(text) {
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    var finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
    if (iso) {
      return {type: 'day', value: text};
    }
    if (finnish) {
      return {type: 'day', value: finnish[3] + '-' + pad(finnish[2]) + '-' + pad(finnish[1])};
    }
    return EMPTY;
  }

  /* A time of day as hh:mm (what a time field gives) or h.mm, "klo 9.30", "kl. 9.30" (as typed), as the server reads it. */
  function clock(text) {
    var parts = /^(?:klo?\.?\s*)?(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$/i.exec(text);
    if (!parts || parseInt(parts[1], 10) > 23 || parseInt(parts[2], 10) > 59) {
      return EMPTY;
    }
    return {type: 'time', value: pad(parts[1]) + ':' + parts[2]};
  }

  /* A date and a time apart by "T" (what a datetime field gives), a space, a comma or "klo". */
  function moment(text) {
    var parts = /^(\S+?)(?:T|,?\s+|,?\s*(?=klo?))(\S.*)$/i.exec(text);
    var date = parts ? day(parts[1]) : EMPTY;
    var time = parts ? clock(parts[2]) : EMPTY;
    return date.type === 'day' && time.type === 'time' ? {type: 'datetime', value: date.value + 'T' + time.value} : EMPTY;
  }

  function pad(part) {
    return part.length === 1 ? '0' + part : part;
  }

  function typed(kind, raw) {
    var values = raw.filter(function (v) {
      return v.trim() !== '';
    });
    if (values.length === 0 || kind === 'none') {
      return EMPTY;
    }
    if (kind === 'choices') {
      return {type: 'choices', value: values};
    }
    if (kind === 'number') {
      return number(values[0]);
    }
    if (kind === 'date') {
      return day(values[0].trim());
    }
    if (kind === 'time') {
      return clock(values[0].trim());
    }
    if (kind === 'datetime') {
      return moment(values[0].trim());
    }
    return {type: 'text', value: values[0]};
  }

  function entered(key) {
    var values = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name !== 'q.' + key || field.disabled) {
        return;
      }
      if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) {
        return;
      }
      values.push(field.value);
    });
    return values;
  }

  function answer(key) {
    var element = byKey[key];
    if (element) {
      return element.hidden ? EMPTY : typed(element.getAttribute('data-kind'), entered(key));
    }
    if (calculations[key]) {
      return calculated(key);
    }
    var other = known[key];
    return other ? typed(other.kind, other.values || []) : EMPTY;
  }

  /* A calculation on this page, as the server works it out when the page is sent. */
  function calculated(key) {
    if (calculating[key]) {
      return EMPTY; /* the server refuses a calculation that refers to itself; never loop all the same */
    }
    calculating[key] = true;
    try {
      return stored(evaluate(calculations[key]));
    } finally {
      calculating[key] = false;
    }
  }

  /*
   * A calculation's value as the server stores it (fi.mittari.response.CalculatedAnswers), which is what later
   * calculations and the texts see: a number rounded to four decimals (none from 10^15 on), true and false as texts,
   * no empty text nor one longer than 2000 characters, no multiple choice.
   */
  function stored(value) {
    switch (value.type) {
      case 'num':
        var rounded = round(value, {type: 'num', value: 4});
        return Math.abs(rounded.value) < 1e15 ? rounded : EMPTY;
      case 'bool': return {type: 'text', value: value.value ? 'true' : 'false'};
      case 'text': return value.value === '' || value.value.length > 2000 ? EMPTY : value;
      case 'choices': return EMPTY;
      default: return value;
    }
  }

  function isTrue(value) {
    return value.type === 'bool' && value.value === true;
  }

  function bool(value) {
    return {type: 'bool', value: value};
  }

  function isEmpty(value) {
    return value.type === 'empty'
      || (value.type === 'choices' && value.value.length === 0)
      || (value.type === 'text' && value.value.trim() === '');
  }

  function compare(operator, left, right) {
    var order = null;
    if (left.type === 'num' && right.type === 'num') {
      order = left.value === right.value ? 0 : (left.value < right.value ? -1 : 1);
    } else if (left.type === right.type && ['day', 'time', 'datetime'].indexOf(left.type) >= 0) {
      /* ISO text to the minute orders as the dates and times do */
      order = left.value === right.value ? 0 : (left.value < right.value ? -1 : 1);
    }
    if (order !== null) {
      return {'=': order === 0, '!=': order !== 0, '<': order < 0, '<=': order <= 0, '>': order > 0,
        '>=': order >= 0}[operator] === true;
    }
    var comparable = (left.type === 'text' && right.type === 'text') || (left.type === 'bool' && right.type === 'bool');
    if (!comparable || (operator !== '=' && operator !== '!=')) {
      return false;
    }
    return (operator === '=') === (left.value === right.value);
  }

  function arithmetic(operator, left, right) {
    if (left.type !== 'num' || right.type !== 'num') {
      return EMPTY;
    }
    switch (operator) {
      case '+': return {type: 'num', value: left.value + right.value};
      case '-': return {type: 'num', value: left.value - right.value};
      case '*': return {type: 'num', value: left.value * right.value};
      default: return right.value === 0 ? EMPTY : {type: 'num', value: left.value / right.value};
    }
  }

  function call(name, args) {
    if (name === 'today') {
      return {type: 'day', value: today};
    }
    if (name === 'now') {
      return currentMoment();
    }
    if (args.length === 0) {
      return EMPTY;
    }
    var first = evaluate(args[0]);
    switch (name) {
      case 'count':
        return {type: 'num', value: first.type === 'choices' ? first.value.length : (isEmpty(first) ? 0 : 1)};
      case 'selected':
        if (args.length !== 2) {
          return bool(false);
        }
        var wanted = evaluate(args[1]);
        if (wanted.type !== 'text') {
          return bool(false);
        }
        return bool(first.type === 'choices' ? first.value.indexOf(wanted.value) >= 0
          : first.type === 'text' && first.value === wanted.value);
      case 'empty':
        return bool(isEmpty(first));
      case 'answered':
        return bool(!isEmpty(first));
      case 'length':
        return {type: 'num', value: first.type === 'text' ? Array.from(first.value).length : 0};
      case 'date':
        return first.type === 'text' ? day(first.value) : EMPTY;
      case 'matches':
        return bool(args.length === 2 && matches(first, evaluate(args[1])));
      case 'choice':
        return choiceAttribute(first);
      case 'time':
        return first.type === 'text' ? clock(first.value) : EMPTY;
      case 'datetime':
        return first.type === 'text' ? moment(first.value) : EMPTY;
      case 'round':
        return round(first, args.length === 2 ? evaluate(args[1]) : {type: 'num', value: 0});
      case 'if':
        return args.length === 3 ? evaluate(args[isTrue(first) ? 1 : 2]) : EMPTY;
      case 'concat':
        return {type: 'text', value: [concatText(first)].concat(args.slice(1).map(function (arg) {
          return concatText(evaluate(arg));
        })).join('')};
      case 'int':
        return first.type === 'num' ? {type: 'num', value: Math.trunc(first.value) || 0} : EMPTY;
      case 'selected_at':
        return selectedAt(first, args.length === 2 ? evaluate(args[1]) : EMPTY);
      default:
        return EMPTY;
    }
  }

  /*
   * Half away from zero to the given digits (negative: tens, hundreds), as the server rounds its decimals. Shifting the
   * decimal point in the number's text, not multiplying, keeps 2.675 from becoming 267.49999… on the way.
   */
  function round(value, digits) {
    if (value.type !== 'num' || digits.type !== 'num' || digits.value % 1 !== 0 || Math.abs(digits.value) > 15) {
      return EMPTY;
    }
    var rounded = shift(Math.round(shift(Math.abs(value.value), digits.value)), -digits.value);
    return {type: 'num', value: value.value < 0 ? -rounded : rounded};
  }

  /* The value at a place (0 the first) among the selected choices, a single choice being the only one. */
  function selectedAt(answer, index) {
    if (index.type !== 'num' || index.value % 1 !== 0) {
      return EMPTY;
    }
    var values = answer.type === 'choices' ? answer.value
      : (answer.type === 'text' && answer.value.trim() !== '' ? [answer.value] : []);
    return index.value >= 0 && index.value < values.length ? {type: 'text', value: values[index.value]} : EMPTY;
  }

  /*
   * The server's moment of writing the page (to the second, so that the minute turns when it does on the server) plus
   * the time the page has been open: a date and time to the minute, as the server's now() is. Counted as UTC so that
   * no zone moves it.
   */
  function currentMoment() {
    var parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(now);
    if (!parts) {
      return EMPTY;
    }
    var at = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3], +parts[4], +parts[5], +(parts[6] || 0))
      + Math.max(0, Date.now() - opened));
    return {type: 'datetime', value: at.toISOString().slice(0, 16)};
  }

  function shift(number, places) {
    var parts = String(number).split('e');
    return Number(parts[0] + 'e' + (Number(parts[1] || 0) + places));
  }

  /*
   * The server matches with RE2/J and has refused any pattern it cannot run in linear time, so what reaches here is
   * a pattern of the questionnaire, never of the respondent. A pattern the browser's engine reads differently
   * (RE2-only syntax) matches nothing here; the server decides when the page is sent.
   */
  function matches(value, pattern) {
    var text = value.type === 'text' ? value.value : (value.type === 'num' ? String(value.value) : null);
    if (text === null || pattern.type !== 'text') {
      return false;
    }
    try {
      return new RegExp(pattern.value).test(text);
    } catch (unreadable) {
      return false;
    }
  }

  /* choice('name') in a choice filter: the attribute of the choice being decided on, 'value' being its own value. */
  function choiceAttribute(name) {
    if (!currentChoice || name.type !== 'text') {
      return EMPTY;
    }
    var value = name.value === 'value' ? currentChoice.value : currentChoice.attributes[name.value];
    return typeof value === 'string' ? {type: 'text', value: value} : EMPTY;
  }

  function evaluate(node) {
    switch (node[0]) {
      case 'num': return {type: 'num', value: parseFloat(node[1])};
      case 'text': return {type: 'text', value: node[1]};
      case 'bool': return bool(node[1] === true);
      case 'ref': return answer(node[1]);
      case 'not': return bool(!isTrue(evaluate(node[1])));
      case 'neg':
        var operand = evaluate(node[1]);
        return operand.type === 'num' ? {type: 'num', value: -operand.value} : EMPTY;
      case 'op':
        if (node[1] === 'and') {
          return bool(isTrue(evaluate(node[2])) && isTrue(evaluate(node[3])));
        }
        if (node[1] === 'or') {
          return bool(isTrue(evaluate(node[2])) || isTrue(evaluate(node[3])));
        }
        var left = evaluate(node[2]);
        var right = evaluate(node[3]);
        return '+-*/'.indexOf(node[1]) >= 0 ? arithmetic(node[1], left, right) : bool(compare(node[1], left, right));
      case 'in':
        var value = evaluate(node[1]);
        return bool(node[2].some(function (item) {
          return compare('=', value, evaluate(item));
        }));
      case 'call': return call(node[1], node[2]);
      default: return EMPTY;
    }
  }

  /* In page order, so that a question hidden earlier counts as unanswered for the conditions after it. */
  function update() {
    conditional.forEach(function (c) {
      var shown = isTrue(evaluate(c.tree));
      if (c.element.hidden === !shown) {
        return;
      }
      c.element.hidden = !shown;
      Array.prototype.forEach.call(c.element.querySelectorAll('input, select, textarea'), function (field) {
        field.disabled = !shown;
      });
    });
  }

  /*
   * Hides the choices the filter drops and unticks them, so that a choice made before an earlier answer changed is not
   * sent. A hidden choice is disabled too: a select's hidden option could otherwise still be chosen from the keyboard.
   */
  function filterChoices() {
    filtered.forEach(function (f) {
      Array.prototype.forEach.call(f.element.querySelectorAll('[data-choice]'), function (choice) {
        var control = choice.tagName === 'OPTION' ? choice : choice.querySelector('input');
        currentChoice = {value: control.value, attributes: parse(choice.getAttribute('data-choice')) || {}};
        var kept = isTrue(evaluate(f.tree));
        currentChoice = null;
        choice.hidden = !kept;
        control.disabled = !kept || f.element.hidden;
        if (!kept && choice.tagName === 'OPTION') {
          choice.selected = false;
        } else if (!kept) {
          control.checked = false;
        }
      });
    });
  }

  /*
   * The elements whose text shows answers: a question's label (or a note's text), its hint and a matrix's item labels
   * (by their place). A note's text is read out when it changes (politely, after what the respondent is doing): it is
   * where a calculated total is shown.
   */
  function liveTargets(texts) {
    var targets = [];
    Object.keys(texts).forEach(function (key) {
      var element = byKey[key];
      if (!element) {
        return;
      }
      [['label', '.label-text'], ['hint', '.hint']].forEach(function (part) {
        var target = texts[key][part[0]] ? element.querySelector(part[1]) : null;
        if (target) {
          if (target.classList.contains('note')) {
            target.setAttribute('aria-live', 'polite');
          }
          targets.push({target: target, pieces: texts[key][part[0]]});
        }
      });
      var items = texts[key].items || {};
      var rows = element.querySelectorAll('.matrix-row > legend');
      Object.keys(items).forEach(function (place) {
        if (rows[place]) {
          targets.push({target: rows[place], pieces: items[place]});
        }
      });
    });
    return targets;
  }

  /* An answer as the server shows it in a text: a choice by its label, several joined by commas, else as written. */
  function shown(key) {
    var element = byKey[key];
    if (!element) {
      return calculations[key] ? written(calculated(key)) : '';
    }
    var values = entered(key).filter(function (v) {
      return v.trim() !== '';
    });
    var value = typed(element.getAttribute('data-kind'), values);
    if (element.hidden || isEmpty(value)) {
      return '';
    }
    if (['day', 'time', 'datetime'].indexOf(value.type) >= 0) {
      return written(value);
    }
    var labels = choiceLabels[key] || {};
    return values.map(function (v) {
      return Object.prototype.hasOwnProperty.call(labels, v) ? labels[v] : v;
    }).join(', ');
  }

  /*
   * A calculation's value as the server writes it in place of ${key} (RespondentWriting): its number, already rounded
   * to four decimals when stored, without trailing zeros and with a decimal comma in Finnish and Swedish ("28,57"), a
   * date or a time as the page's language writes it (MomentText on the server).
   */
  function written(value) {
    if (value.type === 'num') {
      var plainNumber = plain(value.value);
      return language === 'en' ? plainNumber : plainNumber.replace('.', ',');
    }
    return concatText(value);
  }

  /*
   * A value as concat() writes it on the server (CalculationEvaluation.text): a number without trailing zeros and
   * always with a decimal point, true or false, choices apart by spaces, a date or a time in the page's language.
   */
  function concatText(value) {
    switch (value.type) {
      case 'num': return plain(value.value);
      case 'bool': return value.value ? 'true' : 'false';
      case 'choices': return value.value.join(' ');
      case 'empty': return '';
      case 'day': return dayText(value.value);
      case 'time': return timeText(value.value);
      case 'datetime': return dayText(value.value.slice(0, 10)) + ({fi: ' klo ', sv: ' kl. '}[language] || ', ')
        + timeText(value.value.slice(11));
      default: return String(value.value);
    }
  }

  /*
   * A number as BigDecimal.toPlainString writes it after stripping trailing zeros: never an exponent, "0" for zero.
   * The browser counts in binary; fifteen significant digits, more than a survey quantity has, drop the noise of that
   * (0.1 + 0.2 is 0.3, as on the server).
   */
  function plain(number) {
    if (number === 0 || !isFinite(number)) {
      return '0';
    }
    var text = String(Number(number.toPrecision(15)));
    var parts = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
    if (!parts) {
      return text;
    }
    var digits = parts[2] + (parts[3] || '');
    var exponent = parseInt(parts[4], 10);
    return parts[1] + (exponent < 0
      ? '0.' + new Array(-exponent).join('0') + digits
      : digits + new Array(exponent - digits.length + 2).join('0'));
  }

  var language = (document.documentElement.lang || 'fi').slice(0, 2);
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /* yyyy-mm-dd as "3.12.2026", or in English "3 Dec 2026". */
  function dayText(iso) {
    var day = parseInt(iso.slice(8, 10), 10);
    var month = parseInt(iso.slice(5, 7), 10);
    return language === 'en' ? day + ' ' + MONTHS[month - 1] + ' ' + iso.slice(0, 4) : day + '.' + month + '.' + iso.slice(0, 4);
  }

  /* hh:mm as "7.05", or in English "7:05". */
  function timeText(iso) {
    return parseInt(iso.slice(0, 2), 10) + (language === 'en' ? ':' : '.') + iso.slice(3, 5);
  }

  /* As text, never markup; an unchanged text is left alone, so nothing is read out again. */
  function fillTexts() {
    fillable.forEach(function (f) {
      var text = f.pieces.map(function (piece) {
        return typeof piece === 'string' ? piece : shown(piece.ref);
      }).join('');
      if (f.target.textContent !== text) {
        f.target.textContent = text;
      }
    });
  }

  /* Conditions again after filtering: a choice unticked by a filter may be what a later condition asks about. */
  function refresh() {
    update();
    filterChoices();
    update();
    fillTexts();
  }

  form.addEventListener('input', refresh);
  form.addEventListener('change', refresh);
  refresh();
}());
