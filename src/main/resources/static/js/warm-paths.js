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

  // One row per path, best first, one column per step: our users on the left, the contact on the
  // right in the middle. A node shared by several paths stays where the better path put it.
  function elementsOf(scope, maxHops) {
    var nodes = {};
    var edges = {};
    var paths = scope.querySelectorAll('[data-warm-path]');
    paths.forEach(function (path, row) {
      var pathNodes = path.querySelectorAll('[data-node-id]');
      var steps = path.querySelectorAll('[data-step-description]');
      pathNodes.forEach(function (node, i) {
        var id = key(node);
        var left = pathNodes.length - 1 - i;
        if (!nodes[id]) {
          nodes[id] = {
            data: { id: id, label: node.getAttribute('data-node-name'), kind: node.getAttribute('data-node-kind') },
            position: { x: (maxHops - left) * 170, y: left === 0 ? (paths.length - 1) * 40 : row * 80 },
            classes: left === 0 ? 'target' : ''
          };
        }
        if (i > 0) {
          var from = key(pathNodes[i - 1]);
          if (!edges[from + '>' + id]) {
            edges[from + '>' + id] = {
              data: { id: from + '>' + id, source: from, target: id, label: steps[i - 1].textContent.trim() },
              classes: row === 0 ? 'best' : ''
            };
          }
        }
      });
    });
    return { elements: Object.values(nodes).concat(Object.values(edges)), rows: paths.length };
  }

  function draw(container) {
    if (container.getAttribute('data-drawn')) {
      return;
    }
    container.setAttribute('data-drawn', 'true');
    var found = elementsOf(container.parentElement, Number(container.getAttribute('data-max-hops')) || 4);
    container.style.height = Math.min(352, Math.max(160, found.rows * 80 + 80)) + 'px';
    var graph = window.cytoscape({
      container: container,
      elements: found.elements,
      layout: { name: 'preset', fit: true, padding: 30 },
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
    window.addEventListener('resize', function () {
      graph.resize();
      graph.fit(undefined, 30);
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
