// Draws the warm paths listed on the page as a Cytoscape.js graph: our users on the left, the
// contact on the right, one column per step. The list stays the accessible, readable version;
// the graph is read from its data-* attributes, and every label is plain text.
(function () {
  'use strict';

  var COLOURS = { USER: '#198754', CONTACT: '#0d6efd', ACCOUNT: '#fd7e14' };

  function withCytoscape(src, callback) {
    if (window.cytoscape) {
      callback();
      return;
    }
    var script = document.querySelector('script[data-cytoscape]');
    if (!script) {
      script = document.createElement('script');
      script.src = src;
      script.setAttribute('data-cytoscape', '');
      document.head.appendChild(script);
    }
    script.addEventListener('load', callback);
  }

  function key(node) {
    return node.getAttribute('data-node-kind') + '-' + node.getAttribute('data-node-id');
  }

  // Nodes with their fewest steps to the contact, and one edge per pair of neighbours.
  function elementsOf(scope) {
    var nodes = {};
    var edges = {};
    scope.querySelectorAll('[data-warm-path]').forEach(function (path, rank) {
      var pathNodes = path.querySelectorAll('[data-node-id]');
      var steps = path.querySelectorAll('[data-step-description]');
      pathNodes.forEach(function (node, i) {
        var id = key(node);
        var left = pathNodes.length - 1 - i;
        if (!nodes[id] || nodes[id].left > left) {
          nodes[id] = { id: id, label: node.getAttribute('data-node-name'), kind: node.getAttribute('data-node-kind'), left: left };
        }
        if (i > 0) {
          var edgeId = key(pathNodes[i - 1]) + '>' + id;
          if (!edges[edgeId]) {
            edges[edgeId] = { id: edgeId, source: key(pathNodes[i - 1]), target: id, label: steps[i - 1].textContent.trim(), best: rank === 0 };
          }
        }
      });
    });
    return { nodes: Object.values(nodes), edges: Object.values(edges) };
  }

  function positions(nodes, maxHops) {
    var rows = {};
    var placed = {};
    nodes.forEach(function (node) {
      var column = node.kind === 'USER' ? 0 : maxHops - node.left;
      rows[column] = (rows[column] || 0) + 1;
      placed[node.id] = { x: column * 190, y: rows[column] * 80 };
    });
    return placed;
  }

  function draw(container) {
    if (container.getAttribute('data-drawn')) {
      return;
    }
    container.setAttribute('data-drawn', 'true');
    var found = elementsOf(container.parentElement);
    var placed = positions(found.nodes, Number(container.getAttribute('data-max-hops')) || 4);
    var elements = found.nodes.map(function (node) {
      return { data: node, classes: node.left === 0 ? 'target' : '' };
    }).concat(found.edges.map(function (edge) {
      return { data: edge, classes: edge.best ? 'best' : '' };
    }));
    window.cytoscape({
      container: container,
      elements: elements,
      layout: { name: 'preset', positions: placed, fit: true, padding: 30 },
      userZoomingEnabled: false,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 5,
          'text-wrap': 'wrap', 'text-max-width': 140, width: 24, height: 24, 'background-color': COLOURS.CONTACT } },
        { selector: 'node[kind = "USER"]', style: { 'background-color': COLOURS.USER } },
        { selector: 'node[kind = "ACCOUNT"]', style: { 'background-color': COLOURS.ACCOUNT, shape: 'round-rectangle' } },
        { selector: 'node.target', style: { 'border-width': 4, 'border-color': '#dc3545', 'font-weight': 'bold' } },
        { selector: 'edge', style: { width: 2, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 10,
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'text-background-padding': 2, color: '#495057' } },
        { selector: 'edge.best', style: { width: 3, 'line-color': '#0d6efd', 'target-arrow-color': '#0d6efd' } }
      ]
    });
  }

  function drawAll(root) {
    root.querySelectorAll('[data-warm-path-graph]').forEach(function (container) {
      withCytoscape(container.getAttribute('data-cytoscape-src'), function () {
        draw(container);
      });
    });
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    drawAll(event.target);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      drawAll(document);
    });
  } else {
    drawAll(document);
  }
})();
