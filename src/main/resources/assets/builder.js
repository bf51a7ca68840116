// The questionnaire builder without reloads, where a browser runs scripts: a form marked data-builder-inline (the move
// buttons) is sent in the background and the page's main content is replaced by the answer, keeping the focus on the
// same button (or the question it moved with). Without scripts the same forms post and redirect as usual.
(function () {
  'use strict';

  function focusAfter(id, fallbackAnchor) {
    var target = (id && document.getElementById(id)) || (fallbackAnchor && document.getElementById(fallbackAnchor));
    if (target) {
      if (target.tabIndex < 0 && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
        target.tabIndex = -1;
      }
      target.focus();
    }
  }

  function replaceMain(html, focusId, anchor) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var fresh = doc.querySelector('main');
    var main = document.querySelector('main');
    if (!fresh || !main) {
      return false;
    }
    main.innerHTML = fresh.innerHTML;
    bind();
    focusAfter(focusId, anchor);
    return true;
  }

  function submitInline(event) {
    var form = event.currentTarget;
    var button = event.submitter || form.querySelector('button');
    event.preventDefault();
    var direction = form.querySelector('input[name=direction]');
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow'})
      .then(function (response) {
        var anchor = response.url.split('#')[1] || '';
        return response.text().then(function (html) {
          return {html: html, ok: response.ok, anchor: anchor};
        });
      })
      .then(function (answer) {
        // The question moved: its row is now one place up or down; focus the same button there when it exists.
        var moved = movedAnchor(button && button.id, direction && direction.value);
        if (!answer.ok || !replaceMain(answer.html, moved, moved && moved.replace(/-(up|down)$/, ''))) {
          window.location.reload();
        }
      })
      .catch(function () {
        form.submit();
      });
  }

  // "q-0-3-up" moved up becomes "q-0-2-up"; across a page end the button may not exist and the row is focused.
  function movedAnchor(id, direction) {
    var m = /^q-(\d+)-(\d+)-(up|down)$/.exec(id || '');
    if (!m) {
      return null;
    }
    var index = parseInt(m[2], 10) + (direction === 'up' ? -1 : 1);
    return 'q-' + m[1] + '-' + index + '-' + m[3];
  }

  function bind() {
    document.querySelectorAll('form[data-builder-inline]').forEach(function (form) {
      if (!form.dataset.bound) {
        form.dataset.bound = 'yes';
        form.addEventListener('submit', submitInline);
      }
    });
  }

  bind();
})();
