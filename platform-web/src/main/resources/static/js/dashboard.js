// Draws the dashboard's charts with ECharts (served from its WebJar) from window.mebukiCharts.
(function () {
  'use strict';
  var data = window.mebukiCharts;
  if (!data || !window.echarts) {
    return;
  }
  var font = '"Noto Sans CJK JP", "Noto Sans JP", system-ui, sans-serif';
  function bar(id, labels, series, horizontal) {
    var element = document.getElementById(id);
    if (!element) {
      return;
    }
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    var category = { type: 'category', data: labels, axisLabel: { interval: 0, fontFamily: font } };
    var value = { type: 'value', minInterval: 1 };
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: font },
      tooltip: { trigger: 'axis' },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: horizontal ? 150 : 40, right: 16, top: series.length > 1 ? 32 : 16, bottom: 32 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: series.map(function (s) { return { type: 'bar', name: s.name, data: s.data }; })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  bar('chart-per-call', data.perCall.labels, [
    { name: data.perCall.names[0], data: data.perCall.applications },
    { name: data.perCall.names[1], data: data.perCall.adopted }]);
  bar('chart-by-field', data.byField.labels, [{ name: '', data: data.byField.values }], true);
  if (data.sbirConversion) {
    bar('chart-sbir-conversion', data.sbirConversion.labels, [{ name: '', data: data.sbirConversion.values }]);
  }
  bar('chart-stage-times', data.stageTimes.labels,
    [{ name: '', data: data.stageTimes.days.map(function (d) { return d === '' ? 0 : Number(d); }) }], true);
}());
