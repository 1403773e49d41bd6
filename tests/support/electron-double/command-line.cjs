'use strict';
// app.commandLine: Chromium's command line, seeded from the launch arguments (`--name=value`).
// Like Chromium, a switch appended again replaces the earlier value (so appending
// `enable-features` drops features given at launch unless the app merges them), and the
// features Chromium runs with are read once, at startup: the double freezes them at `ready`,
// so a switch appended after ready changes what getSwitchValue says but not the features.

function parseSwitches(argv) {
  const switches = new Map();
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (match) switches.set(match[1].toLowerCase(), match[2] ?? '');
  }
  return switches;
}

function createCommandLine(state) {
  const switches = parseSwitches(state.config.argv ?? []);
  let frozen = null;
  const call = (method, args) => state.record('app.commandLine', method, args);
  const commandLine = {
    appendSwitch(name, value) {
      call('appendSwitch', [name, value]);
      switches.set(String(name).toLowerCase(), value === undefined ? '' : String(value));
    },
    appendArgument(value) {
      call('appendArgument', [value]);
    },
    hasSwitch(name) {
      call('hasSwitch', [name]);
      return switches.has(String(name).toLowerCase());
    },
    getSwitchValue(name) {
      call('getSwitchValue', [name]);
      return switches.get(String(name).toLowerCase()) ?? '';
    },
    removeSwitch(name) {
      call('removeSwitch', [name]);
      switches.delete(String(name).toLowerCase());
    },
  };
  const read = (name) => switches.get(name) ?? null;
  return {
    commandLine,
    /** Called at `ready`: what Chromium started with. */
    freeze() {
      const features = (read('enable-features') ?? '')
        .split(',')
        .map((feature) => feature.trim())
        .filter(Boolean);
      frozen = { features, ozonePlatform: read('ozone-platform') ?? read('ozone-platform-hint') };
    },
    /** The startup features (those known at ready; before ready, the current switches). */
    startup() {
      if (frozen) return frozen;
      const features = (read('enable-features') ?? '').split(',').filter(Boolean);
      return { features, ozonePlatform: read('ozone-platform') ?? read('ozone-platform-hint') };
    },
  };
}

module.exports = { createCommandLine };
