// The pipeline board: cards dragged between stage columns (SortableJS) or moved with the card's move
// button, posted to the board's data-move-url with the version the card was drawn with. Allowed, the
// answer is the board again (the card in its new column, the totals updated), swapped in place.
// Refused, the answer is a problem (JSON) in the user's language that lists each missing control
// point: the card goes back to its column and a toast shows the reasons. All text goes in with
// textContent.
(function () {
  'use strict';

  // Synthetic and touch drags behave the same in every browser when Sortable draws the drag itself.
  var SORTABLE_OPTIONS = {
    group: 'pipeline', sort: false, draggable: '.gx-deal', filter: '.gx-deal-move', preventOnFilter: false,
    animation: 150, forceFallback: true, fallbackTolerance: 4, delayOnTouchOnly: true, delay: 150,
    ghostClass: 'gx-deal-ghost', chosenClass: 'gx-deal-chosen', dragClass: 'gx-deal-drag'
  };

  var pendingDialogCard = null;

  function board() {
    return document.getElementById('board');
  }

  function labels() {
    var template = document.querySelector('[data-board-labels]');
    return template ? template.dataset : {};
  }

  function start() {
    var root = board();
    if (!root || typeof window.Sortable !== 'function') {
      return;
    }
    root.querySelectorAll('[data-board-cards]').forEach(function (list) {
      if (!list.dataset.sortable) {
        list.dataset.sortable = 'true';
        window.Sortable.create(list, Object.assign({}, SORTABLE_OPTIONS, { onEnd: dropped }));
      }
    });
    var moved = root.querySelector('.gx-deal-moved');
    if (moved) {
      moved.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    root.dataset.ready = 'true';
  }

  function dropped(event) {
    if (event.from === event.to) {
      return;
    }
    move(event.item, event.to.dataset.stageId, function () {
      var anchor = event.from.children[event.oldIndex] || null;
      event.from.insertBefore(event.item, anchor);
    });
  }

  // Posts the move; undo puts the card back where it was when the move is refused.
  function move(card, stageId, undo) {
    var root = board();
    var body = new URLSearchParams(root.dataset.query || '');
    body.set('stageId', stageId);
    body.set('version', card.dataset.version);
    card.classList.add('gx-deal-busy');
    root.setAttribute('aria-busy', 'true');
    fetch(root.dataset.moveUrl.replace('ID', card.dataset.id), {
      method: 'POST', credentials: 'same-origin', body: body,
      headers: Object.assign({ 'Accept': 'text/html, application/problem+json' }, csrfHeaders())
    }).then(function (response) {
      if (response.ok) {
        return response.text().then(function (html) {
          replaceBoard(html);
          announce(labels().moved);
        });
      }
      undo();
      return response.json().then(showProblem, function () {
        showProblem({ title: labels().failed });
      }).then(function () {
        if (response.status === 412) {
          refresh();
        }
      });
    }).catch(function () {
      undo();
      showProblem({ title: labels().failed });
    }).finally(function () {
      card.classList.remove('gx-deal-busy');
      var current = board();
      if (current) {
        current.removeAttribute('aria-busy');
      }
    });
  }

  function replaceBoard(html) {
    var template = document.createElement('template');
    template.innerHTML = html.trim();
    var fresh = template.content.querySelector('#board');
    if (fresh) {
      board().replaceWith(fresh);
      if (window.htmx) {
        window.htmx.process(fresh);
      }
      start();
    }
  }

  // After a stale version the board is drawn again, so every card carries its current version.
  function refresh() {
    var root = board();
    fetch(root.dataset.boardUrl + '?' + (root.dataset.query || ''), {
      credentials: 'same-origin', headers: { 'HX-Request': 'true', 'HX-Target': 'board' }
    }).then(function (response) {
      return response.ok ? response.text().then(replaceBoard) : null;
    });
  }

  function showProblem(problem) {
    var box = document.querySelector('[data-board-toasts]');
    if (!box) {
      return;
    }
    var toast = document.createElement('div');
    toast.className = 'toast show gx-board-toast';
    toast.setAttribute('role', 'alert');
    toast.dataset.testid = 'board-problem';
    var head = document.createElement('div');
    head.className = 'toast-header text-bg-danger';
    var title = document.createElement('strong');
    title.className = 'me-auto';
    title.textContent = problem.title || labels().failed;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close btn-close-white';
    close.setAttribute('aria-label', labels().close || 'Close');
    close.addEventListener('click', function () {
      toast.remove();
    });
    head.append(title, close);
    var body = document.createElement('div');
    body.className = 'toast-body';
    if (problem.detail) {
      var detail = document.createElement('p');
      detail.className = 'mb-1';
      detail.textContent = problem.detail;
      body.append(detail);
    }
    if (Array.isArray(problem.reasons) && problem.reasons.length) {
      var list = document.createElement('ul');
      list.className = 'mb-0 ps-3 small';
      problem.reasons.forEach(function (reason) {
        var item = document.createElement('li');
        item.textContent = reason;
        list.append(item);
      });
      body.append(list);
    }
    toast.append(head, body);
    box.replaceChildren(toast);
    close.focus({ preventScroll: true });
  }

  function announce(text) {
    var status = document.querySelector('[data-board-status]');
    if (status && text) {
      status.textContent = text;
    }
  }

  function csrfHeaders() {
    var headers = document.body.getAttribute('hx-headers');
    try {
      return headers ? JSON.parse(headers) : {};
    }
    catch (ignored) {
      return {};
    }
  }

  // The keyboard way: the card's move button opens a dialog that asks for the stage.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-move-card]');
    if (!button || !window.bootstrap) {
      return;
    }
    pendingDialogCard = button.closest('.gx-deal');
    var dialog = document.getElementById('move-dialog');
    dialog.querySelector('[data-move-deal]').textContent = pendingDialogCard.querySelector('.gx-deal-name').textContent;
    var column = pendingDialogCard.closest('[data-board-cards]');
    dialog.querySelector('select').value = column.dataset.stageId;
    window.bootstrap.Modal.getOrCreateInstance(dialog).show();
  });

  document.addEventListener('submit', function (event) {
    if (!event.target.matches('[data-move-form]')) {
      return;
    }
    event.preventDefault();
    var dialog = document.getElementById('move-dialog');
    window.bootstrap.Modal.getOrCreateInstance(dialog).hide();
    var card = pendingDialogCard;
    var stageId = dialog.querySelector('select').value;
    if (card && stageId !== card.closest('[data-board-cards]').dataset.stageId) {
      move(card, stageId, function () {
        card.querySelector('[data-move-card]').focus();
      });
    }
  });

  document.addEventListener('DOMContentLoaded', start);
  // A filter change swaps the page in with htmx: make its new columns draggable.
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.target && event.target.querySelector && event.target.querySelector('#board')) {
      start();
    }
  });
})();
