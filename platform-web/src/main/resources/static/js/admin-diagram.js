// The admin diagram page: bpmn-js (served from the jar) draws the version's BPMN and puts the number of
// running tokens on each activity as an overlay.
(function () {
  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  var viewer = new window.BpmnJS({ container: container, height: 520 });
  fetch(container.getAttribute('data-model'), { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      var tokens = window.mebukiTokens || {};
      Object.keys(tokens).forEach(function (activityId) {
        if (!registry.get(activityId)) {
          return;
        }
        var badge = document.createElement('span');
        badge.className = 'token-count';
        badge.setAttribute('data-activity', activityId);
        badge.textContent = String(tokens[activityId]);
        overlays.add(activityId, { position: { bottom: 12, left: -8 }, html: badge });
      });
      container.setAttribute('data-rendered', 'true');
    })
    .catch(function (error) {
      container.setAttribute('data-error', String(error && error.message || error));
    });
})();
