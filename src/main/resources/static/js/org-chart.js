// The org chart page: draws the chart of the chosen day with Cytoscape.js, and moves to another day (date
// picker, slider, a change's date) by swapping in the part of the page for that day. The address keeps the day,
// so every view is a link. Without this script the page still works: the date form reloads it.
(function () {
  'use strict';

  var CARD_WIDTH = 210;
  var CARD_HEIGHT = 74;
  var READABLE_ZOOM = 0.62;
  var LARGEST_ZOOM = 1.15;
  var FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  var chart = null;
  var drawnSource = null;
  var latestRequest = 0;

  /** The buying roles' names and colours, from the legend (the stylesheet holds the colours). */
  function roles() {
    var found = {};
    document.querySelectorAll('.gx-org-legend [data-role]').forEach(function (dot) {
      found[dot.getAttribute('data-role')] = {
        label: dot.getAttribute('data-label'),
        key: dot.getAttribute('data-key') === 'true',
        color: getComputedStyle(dot).backgroundColor
      };
    });
    return found;
  }

  /** One card per position; an edge from each manager's (first) card to the cards of their reports. */
  function elements(people, roleStyles) {
    var cardOfContact = {};
    people.forEach(function (person) {
      var id = 'p' + person.positionId;
      if (!cardOfContact[person.contactId]) {
        cardOfContact[person.contactId] = id;
      }
    });
    var cards = [];
    var lines = [];
    people.forEach(function (person) {
      var id = 'p' + person.positionId;
      var role = person.buyingRole ? roleStyles[person.buyingRole] : null;
      cards.push({
        group: 'nodes',
        classes: 'person' + (role ? ' has-role' : '') + (role && role.key ? ' key' : ''),
        data: {
          id: id, contactId: person.contactId, name: person.name, title: person.title,
          department: person.departmentName || '', color: role ? role.color : '#cbd5e1',
          role: role ? (role.key ? '★ ' : '') + role.label : ''
        }
      });
      var manager = person.reportsToContactId == null ? null : cardOfContact[person.reportsToContactId];
      if (manager && manager !== id) {
        lines.push({ group: 'edges', data: { id: 'e' + person.positionId, source: manager, target: id } });
      }
    });
    return cards.concat(lines);
  }

  function style() {
    return [
      { selector: 'node.person', style: {
        shape: 'round-rectangle', 'corner-radius': 10, width: CARD_WIDTH, height: CARD_HEIGHT,
        'background-color': '#ffffff', 'border-width': 1, 'border-color': '#cbd5e1',
        label: 'data(name)', 'font-family': FONT, 'font-size': 14, 'font-weight': 600, color: '#1f2a37',
        'text-valign': 'center', 'text-halign': 'center', 'text-margin-y': -13,
        'text-wrap': 'ellipsis', 'text-max-width': CARD_WIDTH - 20 } },
      { selector: 'node.person.has-role', style: { 'border-color': 'data(color)', 'border-width': 1.5 } },
      { selector: 'node.person.key', style: {
        'border-width': 3, 'underlay-color': 'data(color)', 'underlay-opacity': 0.16, 'underlay-padding': 8,
        'underlay-shape': 'round-rectangle' } },
      { selector: 'node.person.hover', style: { 'background-color': '#f0fdfa' } },
      { selector: 'node.line', style: {
        width: 1, height: 1, 'background-opacity': 0, 'border-width': 0, events: 'no',
        label: 'data(text)', 'font-family': FONT, 'font-size': 12, color: '#475569',
        'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'ellipsis',
        'text-max-width': CARD_WIDTH - 20 } },
      { selector: 'node.line.faint', style: { 'font-size': 11, color: '#94a3b8' } },
      { selector: 'node.badge', style: {
        shape: 'round-rectangle', 'corner-radius': 9, height: 18, width: 'data(width)', events: 'no',
        'background-color': 'data(color)', 'border-width': 2, 'border-color': '#ffffff',
        label: 'data(text)', 'font-family': FONT, 'font-size': 11, 'font-weight': 600, color: '#ffffff',
        'text-valign': 'center', 'text-halign': 'center' } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#94a3b8', 'curve-style': 'taxi', 'taxi-direction': 'downward',
        'taxi-turn': 28, 'taxi-turn-min-distance': 5, 'target-arrow-shape': 'none' } }
    ];
  }

  /** The width a badge needs for its text, measured in the chart's font. */
  var measure = (function () {
    var context = document.createElement('canvas').getContext('2d');
    return function (text) {
      context.font = '600 11px ' + FONT;
      return Math.ceil(context.measureText(text).width) + 16;
    };
  })();

  /**
   * Title, department and role badge sit on each card once the layout placed it: Cytoscape gives a node one
   * label, and these lines need their own size and colour.
   */
  function decorate(cy) {
    var extras = [];
    cy.nodes('.person').forEach(function (card) {
      var at = card.position();
      var data = card.data();
      extras.push({ group: 'nodes', classes: 'line', position: { x: at.x, y: at.y + 7 },
        data: { id: data.id + '-title', text: data.title } });
      if (data.department) {
        extras.push({ group: 'nodes', classes: 'line faint', position: { x: at.x, y: at.y + 24 },
          data: { id: data.id + '-department', text: data.department } });
      }
      if (data.role) {
        extras.push({ group: 'nodes', classes: 'badge', position: { x: at.x, y: at.y - CARD_HEIGHT / 2 },
          data: { id: data.id + '-role', text: data.role, color: data.color, width: measure(data.role) } });
      }
    });
    cy.add(extras);
  }

  /** Fits the chart, but never so small that the names cannot be read: then the top of the tree shows. */
  function frame(cy, container) {
    var cards = cy.nodes('.person');
    cy.fit(cards, 36);
    if (cy.zoom() > LARGEST_ZOOM) {
      cy.zoom(LARGEST_ZOOM);
      cy.center(cards);
    }
    else if (cy.zoom() < READABLE_ZOOM) {
      var box = cards.boundingBox();
      var roots = tops(cards);
      var middle = roots.length ? roots.boundingBox() : box;
      cy.zoom(READABLE_ZOOM);
      cy.pan({ x: container.clientWidth / 2 - ((middle.x1 + middle.x2) / 2) * READABLE_ZOOM,
        y: 40 - box.y1 * READABLE_ZOOM });
    }
  }

  /** The people who report to nobody on the chart: the tops of the trees. */
  function tops(cards) {
    return cards.filter(function (card) {
      return card.incomers('edge').length === 0;
    });
  }

  function render(container, data) {
    if (chart) {
      chart.destroy();
    }
    var cy = window.cytoscape({
      container: container, elements: elements(data.people, roles()), style: style(),
      autoungrabify: true, autounselectify: true, boxSelectionEnabled: false, minZoom: 0.15, maxZoom: 2.5,
      layout: { name: 'preset' }
    });
    var cards = cy.nodes('.person');
    cards.union(cy.edges()).layout({
      name: 'breadthfirst', directed: true, roots: tops(cards), spacingFactor: 1.05, avoidOverlap: true,
      nodeDimensionsIncludeLabels: false, animate: false, fit: false
    }).run();
    decorate(cy);
    frame(cy, container);
    var base = container.getAttribute('data-contact');
    cy.on('tap', 'node.person', function (event) {
      window.location.href = base + event.target.data('contactId');
    });
    cy.on('mouseover', 'node.person', function (event) {
      event.target.addClass('hover');
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node.person', function (event) {
      event.target.removeClass('hover');
      container.style.cursor = '';
    });
    chart = cy;
    // what the browser test reads: the day drawn and the cards on it
    window.gxOrgChart = cy;
    container.setAttribute('data-drawn', data.asOf);
  }

  function draw() {
    var container = document.getElementById('org-canvas');
    if (!container) {
      if (chart) {
        chart.destroy();
        chart = null;
      }
      drawnSource = null;
      return;
    }
    var source = container.getAttribute('data-src');
    if (!window.cytoscape || (source === drawnSource && chart && chart.container() === container)) {
      return;
    }
    drawnSource = source;
    var request = ++latestRequest;
    fetch(source, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(new Error(String(response.status)));
      })
      .then(function (data) {
        if (request === latestRequest && document.body.contains(container)) {
          render(container, data);
        }
      })
      .catch(function () {
        container.setAttribute('data-failed', 'true');
      });
  }

  // ---- choosing the day ----------------------------------------------------------------------------------

  function dateForm() {
    return document.getElementById('org-date');
  }

  function dayOfStep(form, step) {
    if (step >= Number(form.getAttribute('data-steps'))) {
      return form.getAttribute('data-today');
    }
    var start = form.getAttribute('data-start');
    var month = Number(start.slice(5, 7)) - 1 + step;
    var day = new Date(Date.UTC(Number(start.slice(0, 4)) + Math.floor(month / 12), month % 12, 1));
    return day.toISOString().slice(0, 10);
  }

  function stepOfDay(form, day) {
    var start = form.getAttribute('data-start');
    var months = (Number(day.slice(0, 4)) - Number(start.slice(0, 4))) * 12
      + Number(day.slice(5, 7)) - Number(start.slice(5, 7));
    return Math.max(0, Math.min(Number(form.getAttribute('data-steps')), months));
  }

  function showSliderDay(day) {
    var label = document.getElementById('org-slider-day');
    var slider = document.getElementById('org-slider');
    if (label) {
      label.textContent = day;
    }
    if (slider) {
      slider.setAttribute('aria-valuetext', day);
    }
  }

  /** Shows the org on {@code day}: the controls, the address and the part of the page for that day. */
  function show(day, remember) {
    var form = dateForm();
    if (!form || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !window.htmx) {
      return false;
    }
    var address = form.getAttribute('data-base') + (day === form.getAttribute('data-today') ? '' : '?asOf=' + day);
    if (remember) {
      history.pushState({ asOf: day }, '', address);
    }
    document.getElementById('org-asof').value = day;
    var slider = document.getElementById('org-slider');
    if (slider) {
      slider.value = stepOfDay(form, day);
    }
    showSliderDay(day);
    window.htmx.ajax('GET', address, { target: '#org-dated', swap: 'outerHTML' });
    return true;
  }

  document.addEventListener('change', function (event) {
    var form = dateForm();
    if (!form) {
      return;
    }
    if (event.target.id === 'org-asof' && event.target.value) {
      show(event.target.value, true);
    }
    else if (event.target.id === 'org-slider') {
      show(dayOfStep(form, Number(event.target.value)), true);
    }
  });

  document.addEventListener('input', function (event) {
    var form = dateForm();
    if (form && event.target.id === 'org-slider') {
      showSliderDay(dayOfStep(form, Number(event.target.value)));
    }
  });

  document.addEventListener('submit', function (event) {
    if (event.target.id === 'org-date' && show(document.getElementById('org-asof').value, true)) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var form = dateForm();
    var link = event.target.closest('[data-org-day], [data-org-today]');
    if (form && link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      var day = link.hasAttribute('data-org-today') ? form.getAttribute('data-today') : link.textContent.trim();
      if (show(day, true)) {
        event.preventDefault();
      }
      return;
    }
    var zoom = event.target.closest('[data-org-zoom]');
    if (zoom && chart) {
      var how = zoom.getAttribute('data-org-zoom');
      if (how === 'fit') {
        chart.fit(chart.nodes('.person'), 36);
      }
      else {
        var container = chart.container();
        chart.zoom({ level: chart.zoom() * (how === 'in' ? 1.25 : 0.8),
          renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
      }
      return;
    }
    var confirmed = event.target.closest('[data-org-confirm]');
    if (confirmed && !window.confirm(confirmed.getAttribute('data-org-confirm'))) {
      event.preventDefault();
    }
  });

  window.addEventListener('popstate', function () {
    var form = dateForm();
    if (form) {
      show(new URL(window.location.href).searchParams.get('asOf') || form.getAttribute('data-today'), false);
    }
  });

  document.addEventListener('htmx:afterSettle', draw);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  }
  else {
    draw();
  }
})();
