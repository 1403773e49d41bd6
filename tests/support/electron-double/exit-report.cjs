'use strict';
// Written when the process exits (config.exitReport): what the app left behind, for tests
// that can no longer ask a process that is gone.
const { writeFileSync } = require('node:fs');

function exitReport(double, code) {
  const counts = {};
  for (const { api, method } of double.calls)
    counts[`${api}.${method}`] = (counts[`${api}.${method}`] ?? 0) + 1;
  return {
    code,
    ready: double.state.ready,
    quitting: double.state.quitting,
    calls: counts,
    trays: double.trays.map((tray) => ({ destroyed: tray.isDestroyed() })),
    windows: double.windows.map((window) => ({ destroyed: window.isDestroyed() })),
    notifications: double.notifications.map((n) => ({ title: n.title, shown: n.shown, closed: n.closed })),
    globalShortcuts: double.registeredShortcuts(),
  };
}

function writeExitReportOnExit(electron, file) {
  if (!file) return;
  process.on('exit', (code) => writeFileSync(file, JSON.stringify(exitReport(electron.__double, code))));
}

module.exports = { exitReport, writeExitReportOnExit };
