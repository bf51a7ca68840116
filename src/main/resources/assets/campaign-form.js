/*
 * The campaign form's event select follows its project select: only the chosen project's events are offered, and
 * with no project chosen every project's events are, in groups. Choosing an event with no project chosen chooses the
 * event's project. Without this script the select offers every event in groups, and the server refuses an event of
 * another project with a message on the field.
 */
(function () {
  'use strict';
  var project = document.getElementById('c-project');
  var event = document.getElementById('c-event');
  if (!project || !event) {
    return;
  }
  var groups = Array.prototype.slice.call(event.getElementsByTagName('optgroup'));

  function follow() {
    var chosen = project.value;
    var selected = event.value;
    groups.forEach(function (group) {
      if (group.parentNode === event) {
        event.removeChild(group);
      }
    });
    var kept = groups.filter(function (group) {
      return chosen === '' || group.getAttribute('data-project') === chosen;
    });
    kept.forEach(function (group) {
      event.appendChild(group);
    });
    var stillThere = Array.prototype.some.call(event.options, function (option) {
      return option.value === selected;
    });
    event.value = stillThere ? selected : '';
  }

  project.addEventListener('change', follow);
  event.addEventListener('change', function () {
    var option = event.options[event.selectedIndex];
    if (project.value === '' && option && option.parentNode.tagName === 'OPTGROUP') {
      project.value = option.parentNode.getAttribute('data-project');
      follow();
    }
  });
  follow();
}());
