// The relationship graph of an account's network page. Cytoscape.js draws the JSON that the
// page's data-url answers; clicking (or tapping) a node that was not expanded yet fetches its
// neighbours from data-expand-url and adds them. The list under the graph gets the same nodes
// and an expand button each, for keyboards and screen readers. Labels are plain text: Cytoscape
// draws them on a canvas, and the list fills them in with textContent.
(function () {
  'use strict';

  // Company links whose direction carries no meaning get no arrow.
  var MUTUAL = ['PARTNER', 'COMPETITOR', 'ALLIANCE'];

  var STYLE = [
    { selector: 'node', style: {
      'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': '140px', 'font-size': 11,
      'text-valign': 'bottom', 'text-margin-y': 4, 'width': 26, 'height': 26, 'color': '#212529',
      'background-color': '#6c757d', 'border-width': 2, 'border-color': '#ffffff',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': '2px' } },
    { selector: 'node[type = "ACCOUNT"]', style: { 'shape': 'round-rectangle', 'background-color': '#0d6efd' } },
    { selector: 'node[type = "CONTACT"]', style: { 'shape': 'ellipse', 'background-color': '#198754' } },
    { selector: 'node[!expanded]', style: { 'border-style': 'dashed', 'border-color': '#495057' } },
    { selector: 'node[?focus]', style: {
      'width': 42, 'height': 42, 'border-width': 4, 'border-color': '#fd7e14', 'border-style': 'solid',
      'font-weight': 'bold' } },
    { selector: 'node.gx-loading', style: { 'opacity': 0.5 } },
    { selector: 'node:selected', style: { 'overlay-color': '#0d6efd', 'overlay-opacity': 0.15 } },
    { selector: 'edge', style: {
      'width': 1.5, 'curve-style': 'bezier', 'line-color': '#adb5bd', 'label': 'data(label)', 'font-size': 9,
      'color': '#495057', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff',
      'text-background-opacity': 0.85 } },
    { selector: 'edge[type = "COMPANY_LINK"]', style: {
      'line-color': '#6c8ebf', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#6c8ebf' } },
    { selector: 'edge.gx-mutual', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "POSITION"]', style: { 'line-style': 'dotted', 'line-color': '#20c997' } },
    { selector: 'edge[type = "PERSON_TIE"]', style: { 'line-style': 'dashed', 'line-color': '#fd7e14' } }
  ];

  function start() {
    var box = document.getElementById('network-graph');
    if (!box || typeof window.cytoscape !== 'function') {
      return;
    }
    var labels = JSON.parse(box.getAttribute('data-labels') || '{}');
    var status = document.getElementById('network-selection');
    var list = document.querySelector('[data-testid="network-list"]');
    var cy = window.cytoscape({ container: box, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    box.gxGraph = cy;

    function text(key, value) {
      return (labels[key] || key).replace('{0}', value);
    }

    function nodeLabel(node) {
      return node.more > 0 ? node.name + '\n' + text('more', node.more) : node.name;
    }

    function edgeLabel(edge) {
      if (edge.type === 'POSITION') {
        return edge.buyingRole ? edge.title + ' · ' + text('role.' + edge.buyingRole) : edge.title;
      }
      var label = labels[edge.kind] || edge.kind;
      if (edge.sharePercent != null) {
        label += ' ' + edge.sharePercent + ' %';
      }
      if (edge.strength != null) {
        label += ' ' + edge.strength + '/5';
      }
      return label;
    }

    function path(node) {
      return (node.data('type') === 'ACCOUNT' ? '/accounts/' : '/contacts/') + node.data('recordId');
    }

    function say(message, node) {
      status.textContent = message;
      if (node) {
        var open = document.createElement('a');
        open.href = path(node);
        open.className = 'ms-2';
        open.textContent = text('open', node.data('name'));
        status.appendChild(open);
      }
    }

    /** Adds what is new in an answer (new nodes next to near); answers how many it added. */
    function merge(network, near) {
      var added = 0;
      network.nodes.forEach(function (node) {
        var drawn = cy.getElementById(node.id);
        if (drawn.nonempty()) {
          if (node.expanded && !drawn.data('expanded')) {
            drawn.data({ expanded: true, more: node.more, label: nodeLabel(node) });
            markExpanded(node.id);
          }
          return;
        }
        var at = near ? near.position() : { x: 0, y: 0 };
        cy.add({ group: 'nodes', data: {
          id: node.id, name: node.name, label: nodeLabel(node), type: node.type, recordId: node.recordId,
          expanded: node.expanded, focus: node.focus, more: node.more },
          position: { x: at.x + (Math.random() - 0.5) * 120, y: at.y + (Math.random() - 0.5) * 120 } });
        listItem(node);
        added++;
      });
      network.edges.forEach(function (edge) {
        if (cy.getElementById(edge.id).empty() && cy.getElementById(edge.source).nonempty()
            && cy.getElementById(edge.target).nonempty()) {
          cy.add({ group: 'edges', data: {
            id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: edgeLabel(edge) },
            classes: MUTUAL.indexOf(edge.kind) >= 0 ? 'gx-mutual' : '' });
        }
      });
      return added;
    }

    /** Lays the graph out; marks the box ready (data-ready) once the nodes stand still. */
    function layout(randomize) {
      box.removeAttribute('data-ready');
      var running = cy.layout({ name: 'cose', animate: false, randomize: randomize, nodeDimensionsIncludeLabels: true, padding: 24 });
      running.one('layoutstop', function () {
        box.setAttribute('data-ready', 'true');
      });
      running.run();
    }

    function expand(node) {
      if (node.data('expanded') || node.hasClass('gx-loading')) {
        say(text('expanded', node.data('name')), node);
        return;
      }
      var url = box.getAttribute('data-expand-url');
      url += (url.indexOf('?') < 0 ? '?' : '&') + 'node=' + encodeURIComponent(node.id());
      node.addClass('gx-loading');
      fetchJson(url).then(function (network) {
        node.removeClass('gx-loading');
        var added = merge(network, node);
        say(added > 0 ? text('added', added) : text('nothingNew', node.data('name')), node);
        layout(false);
      }).catch(function () {
        node.removeClass('gx-loading');
        say(text('failed', node.data('name')), null);
      });
    }

    /** The list under the graph: a new node gets its row, every row an expand button. */
    function listItem(node) {
      if (!list || list.querySelector('[data-node="' + node.id + '"]')) {
        return;
      }
      var item = document.createElement('li');
      item.className = 'list-group-item d-flex flex-wrap gap-2 align-items-center';
      item.setAttribute('data-node', node.id);
      var icon = document.createElement('i');
      icon.className = 'bi ' + (node.type === 'ACCOUNT' ? 'bi-building' : 'bi-person');
      icon.setAttribute('aria-hidden', 'true');
      var link = document.createElement('a');
      link.href = (node.type === 'ACCOUNT' ? '/accounts/' : '/contacts/') + node.recordId;
      link.textContent = node.name;
      item.appendChild(icon);
      item.appendChild(link);
      list.appendChild(item);
      addExpandButton(item);
    }

    function addExpandButton(item) {
      var id = item.getAttribute('data-node');
      var node = cy.getElementById(id);
      if (node.empty() || node.data('expanded') || item.querySelector('button')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-sm btn-link p-0 ms-auto';
      button.textContent = text('expand', '');
      button.setAttribute('aria-label', text('expand', '') + ': ' + node.data('name'));
      button.addEventListener('click', function () {
        cy.elements().unselect();
        cy.getElementById(id).select();
        expand(cy.getElementById(id));
      });
      item.appendChild(button);
    }

    function markExpanded(id) {
      var button = list && list.querySelector('[data-node="' + id + '"] button');
      if (button) {
        button.remove();
      }
    }

    cy.on('tap', 'node', function (event) {
      expand(event.target);
    });

    fetchJson(box.getAttribute('data-url')).then(function (network) {
      merge(network, null);
      if (list) {
        list.querySelectorAll('[data-node]').forEach(addExpandButton);
      }
      layout(true);
    }).catch(function () {
      say(text('failed', ''), null);
    });
  }

  function fetchJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
