// Condition and constraint pickers, made livelier: only the part of the chosen way of writing is shown, the
// comparisons and choices follow the chosen question, the expression to store is shown as it is made, and a free
// expression is checked as it is typed. Without this script every field is shown and the server does the same on save.
(function () {
  'use strict';

  var SYMBOLS = { eq: '=', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };
  var NUMBER = /^-?[0-9]{1,12}([.,][0-9]{1,6})?$/;

  function quote(value) {
    return value.indexOf("'") >= 0 ? '"' + value + '"' : "'" + value + "'";
  }

  function number(text) {
    var trimmed = text.trim();
    if (!NUMBER.test(trimmed)) {
      return null;
    }
    return trimmed.replace(',', '.').replace(/^(-?)0+(?=[0-9])/, '$1');
  }

  function write(subject, comparison, values) {
    switch (comparison) {
      case 'in': return subject + ' in [' + values.join(', ') + ']';
      case 'selected': return 'selected(' + subject + ', ' + values[0] + ')';
      case 'answered': return 'answered(' + subject + ')';
      case 'empty': return 'empty(' + subject + ')';
      case 'between': return subject + ' >= ' + values[0] + ' and ' + subject + ' <= ' + values[1];
      default: return subject + ' ' + SYMBOLS[comparison] + ' ' + values[0];
    }
  }

  function show(element, shown) {
    if (element) {
      element.hidden = !shown;
    }
  }

  function setUp(picker) {
    var q = function (selector) { return picker.querySelector(selector); };
    var subject = q('.picker-subject');
    var comparison = q('.picker-comparison');
    var choice = q('.picker-choice');
    var numberField = q('.picker-number');
    var numberTo = q('.picker-number-to');
    var free = q('.picker-free-text');
    var output = picker.querySelector('output code');
    var none = picker.querySelector('output').getAttribute('data-none');
    var check = q('.picker-check');
    var timer = null;

    function mode() {
      var checked = picker.querySelector('.picker-mode:checked');
      return checked ? checked.value : 'none';
    }

    function chosenSubject() {
      return subject ? subject.options[subject.selectedIndex] : null;
    }

    function follow() {
      var option = chosenSubject();
      var allowed = option && option.value ? option.getAttribute('data-comparisons').split(' ') : [];
      var numeric = option && option.getAttribute('data-numeric') === 'true';
      Array.prototype.forEach.call(comparison.options, function (o) {
        var fits = allowed.indexOf(o.value) >= 0;
        o.hidden = !fits;
        o.disabled = !fits;
      });
      if (allowed.length && allowed.indexOf(comparison.value) < 0) {
        comparison.value = allowed[0];
      }
      Array.prototype.forEach.call(choice.querySelectorAll('optgroup'), function (group) {
        var mine = option && group.getAttribute('data-subject') === option.value;
        group.hidden = !mine;
        group.disabled = !mine;
      });
      var valueless = comparison.value === 'answered' || comparison.value === 'empty';
      show(q('.picker-choices'), !numeric && !valueless && allowed.length > 0);
      show(q('.picker-numbers'), numeric && !valueless);
      show(numberTo, comparison.value === 'between');
      show(picker.querySelector('label[for="' + numberTo.id + '"]'), comparison.value === 'between');
    }

    function made() {
      if (mode() === 'free') {
        return free.value.trim();
      }
      var option = chosenSubject();
      if (mode() !== 'pick' || !option || !option.value) {
        return '';
      }
      var numeric = option.getAttribute('data-numeric') === 'true';
      var code = comparison.value;
      var values = [];
      if (code === 'answered' || code === 'empty') {
        return write(option.value, code, values);
      }
      if (numeric) {
        values.push(number(numberField.value));
        if (code === 'between') {
          values.push(number(numberTo.value));
        }
      } else {
        Array.prototype.forEach.call(choice.selectedOptions, function (o) {
          if (!o.parentNode.disabled) {
            values.push(quote(o.value));
          }
        });
        if (code !== 'in') {
          values = values.slice(0, 1);
        }
      }
      if (!values.length || values.indexOf(null) >= 0) {
        return '';
      }
      return write(option.value, code, values);
    }

    function update() {
      show(q('.picker-pick'), mode() === 'pick');
      show(q('.picker-free'), mode() === 'free');
      follow();
      var text = made();
      output.textContent = text || none;
    }

    function checkFree() {
      var body = new URLSearchParams(picker.getAttribute('data-scope'));
      body.set('text', free.value);
      fetch(picker.getAttribute('data-check'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
        body: body.toString()
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (!answer) {
          return;
        }
        check.textContent = answer.message;
        check.className = answer.ok ? 'hint picker-check' : 'error picker-check';
        check.hidden = false;
      }).catch(function () { /* the save checks it anyway */ });
    }

    picker.addEventListener('change', update);
    picker.addEventListener('input', function (event) {
      update();
      if (event.target === free) {
        window.clearTimeout(timer);
        timer = window.setTimeout(checkFree, 400);
      }
    });
    update();
  }

  document.querySelectorAll('.expression-picker').forEach(setUp);
})();
