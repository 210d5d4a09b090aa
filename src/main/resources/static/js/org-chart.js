// The org chart page: draws the chart of the chosen day with Cytoscape.js, and moves to another day (date
// picker, slider, a change's date) by swapping in the part of the page for that day. The address keeps the day,
// so every view is a link. Without this script the page still works: the date form reloads it.
(function () {
  'use strict';

  var CARD_WIDTH = 210;
  var CARD_HEIGHT = 74;
  var READABLE_ZOOM = 0.62;
  var LARGEST_ZOOM = 1.15;
  var MIN_HEIGHT = 300;
  var LARGE = 300;
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

  /**
   * Who reports to whom on the chart: one card per position; a report hangs under their manager's first card.
   * A loop of reporting lines (which the server refuses) is broken so that every card gets a place.
   */
  function hierarchy(people) {
    var cardOfContact = {};
    var ids = [];
    var kids = {};
    var parent = {};
    people.forEach(function (person) {
      var id = 'p' + person.positionId;
      ids.push(id);
      kids[id] = [];
      if (!cardOfContact[person.contactId]) {
        cardOfContact[person.contactId] = id;
      }
    });
    people.forEach(function (person) {
      var id = 'p' + person.positionId;
      var manager = person.reportsToContactId == null ? null : cardOfContact[person.reportsToContactId];
      if (manager && manager !== id) {
        parent[id] = manager;
        kids[manager].push(id);
      }
    });
    var reached = {};
    function reach(id) {
      reached[id] = true;
      kids[id].forEach(function (kid) {
        if (!reached[kid]) {
          reach(kid);
        }
      });
    }
    var tops = ids.filter(function (id) {
      return !parent[id];
    });
    tops.forEach(reach);
    ids.forEach(function (id) {
      if (!reached[id]) {
        kids[parent[id]] = kids[parent[id]].filter(function (kid) {
          return kid !== id;
        });
        delete parent[id];
        tops.push(id);
        reach(id);
      }
    });
    return { tops: tops, kids: kids };
  }

  var GAP = 30;
  var LEVEL = CARD_HEIGHT + 76;
  var STACK_FROM = 3;
  var STACK_ROW = CARD_HEIGHT + 24;
  var TRUNK_INSET = 20;
  var STUB = 18;
  var COLUMN = TRUNK_INSET + STUB + CARD_WIDTH + GAP;

  /**
   * An org chart's tree: managers centred over their reports. A manager whose reports (three or more) lead
   * nobody lists them in columns under a line down from the manager, so that a wide team stays readable.
   */
  function treeLayout(tree) {
    var kids = tree.kids;
    var widths = {};
    var result = { positions: {}, joints: [], edges: [] };

    function stacked(id) {
      return kids[id].length >= STACK_FROM && kids[id].every(function (kid) {
        return kids[kid].length === 0;
      });
    }
    function rows(count) {
      return Math.max(6, Math.ceil(Math.sqrt(2 * count)));
    }
    function width(id) {
      if (widths[id] === undefined) {
        var team = kids[id];
        if (!team.length) {
          widths[id] = CARD_WIDTH;
        }
        else if (stacked(id)) {
          widths[id] = Math.max(CARD_WIDTH, Math.ceil(team.length / rows(team.length)) * COLUMN - GAP);
        }
        else {
          widths[id] = Math.max(CARD_WIDTH, team.reduce(function (sum, kid) {
            return sum + width(kid);
          }, 0) + GAP * (team.length - 1));
        }
      }
      return widths[id];
    }
    function placeColumns(id, left, y) {
      var perColumn = rows(kids[id].length);
      kids[id].forEach(function (kid, index) {
        var trunk = left + TRUNK_INSET + Math.floor(index / perColumn) * COLUMN;
        var at = y + CARD_HEIGHT + 44 + (index % perColumn) * STACK_ROW;
        result.positions[kid] = { x: trunk + STUB + CARD_WIDTH / 2, y: at };
        result.joints.push({ id: 'j' + kid, x: trunk, y: at });
        result.edges.push({ id: 't' + kid, source: id, target: 'j' + kid, kind: 'trunk' });
        result.edges.push({ id: 's' + kid, source: 'j' + kid, target: kid, kind: 'stub' });
      });
      return left + CARD_WIDTH / 2;
    }
    function place(id, left, y) {
      var team = kids[id];
      var x;
      if (!team.length) {
        x = left + CARD_WIDTH / 2;
      }
      else if (stacked(id)) {
        x = placeColumns(id, left, y);
      }
      else {
        var inner = team.reduce(function (sum, kid) {
          return sum + width(kid);
        }, 0) + GAP * (team.length - 1);
        var start = left + (width(id) - inner) / 2;
        var centres = team.map(function (kid) {
          var centre = place(kid, start, y + LEVEL);
          start += width(kid) + GAP;
          result.edges.push({ id: 'e' + kid, source: id, target: kid, kind: 'tree' });
          return centre;
        });
        x = (centres[0] + centres[centres.length - 1]) / 2;
      }
      result.positions[id] = { x: x, y: y };
      return x;
    }
    var left = 0;
    tree.tops.forEach(function (top) {
      place(top, left, 0);
      left += width(top) + GAP * 2;
    });
    return result;
  }

  /** Cards at their places, the lines between them and the joints where a column's line meets a card. */
  function elements(people, roleStyles) {
    var layout = treeLayout(hierarchy(people));
    var all = people.map(function (person) {
      var id = 'p' + person.positionId;
      var role = person.buyingRole ? roleStyles[person.buyingRole] : null;
      return {
        group: 'nodes', position: layout.positions[id],
        classes: 'person' + (role ? ' has-role' : '') + (role && role.key ? ' key' : ''),
        data: {
          id: id, contactId: person.contactId, name: person.name, title: person.title,
          department: person.departmentName || '', color: role ? role.color : '#cbd5e1',
          role: role ? (role.key ? '★ ' : '') + role.label : ''
        }
      };
    });
    layout.joints.forEach(function (joint) {
      all.push({ group: 'nodes', classes: 'joint', position: { x: joint.x, y: joint.y }, data: { id: joint.id } });
    });
    layout.edges.forEach(function (edge) {
      all.push({ group: 'edges', classes: edge.kind, data: { id: edge.id, source: edge.source, target: edge.target } });
    });
    return all;
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
      { selector: 'node.joint', style: { width: 1, height: 1, 'background-opacity': 0, 'border-width': 0, events: 'no' } },
      { selector: 'edge', style: { width: 1.5, 'line-color': '#94a3b8', 'target-arrow-shape': 'none', events: 'no' } },
      { selector: 'edge.tree', style: { 'curve-style': 'taxi', 'taxi-direction': 'downward', 'taxi-turn': '50%' } },
      { selector: 'edge.trunk', style: { 'curve-style': 'taxi', 'taxi-direction': 'downward', 'taxi-turn': '22px' } },
      { selector: 'edge.stub', style: { 'curve-style': 'straight' } }
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
      var roots = cards.filter(function (card) {
        return card.incomers('edge').length === 0;
      });
      var middle = roots.length ? roots.first().boundingBox() : box;
      cy.zoom(READABLE_ZOOM);
      cy.pan({ x: container.clientWidth / 2 - ((middle.x1 + middle.x2) / 2) * READABLE_ZOOM,
        y: 40 - box.y1 * READABLE_ZOOM });
    }
  }

  /**
   * A small chart gets a shorter canvas instead of empty space under it; the stylesheet's height is the
   * most it takes.
   */
  function fitHeight(cy, container) {
    container.style.height = '';
    // room for the hint under the chart as well
    var needed = Math.ceil(cy.elements().renderedBoundingBox().h + 2 * 36 + 24);
    if (needed < container.clientHeight) {
      container.style.height = Math.max(MIN_HEIGHT, needed) + 'px';
      cy.resize();
      frame(cy, container);
    }
  }

  function render(container, data) {
    if (chart) {
      chart.destroy();
    }
    var cy = window.cytoscape({
      container: container, elements: elements(data.people, roles()), style: style(),
      autoungrabify: true, autounselectify: true, boxSelectionEnabled: false, minZoom: 0.1, maxZoom: 2.5,
      // a large org pans and zooms smoothly when its lines and labels rest while the view moves
      hideEdgesOnViewport: data.people.length > LARGE, textureOnViewport: data.people.length > LARGE,
      layout: { name: 'preset' }
    });
    decorate(cy);
    frame(cy, container);
    fitHeight(cy, container);
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

  // a phone turned sideways: frame the chart again for the new width
  var resizing = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () {
      if (chart) {
        chart.resize();
        frame(chart, chart.container());
        fitHeight(chart, chart.container());
      }
    }, 200);
  });

  document.addEventListener('htmx:afterSettle', draw);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  }
  else {
    draw();
  }
})();
