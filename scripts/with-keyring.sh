#!/usr/bin/env sh
# Runs a command inside a private D-Bus session with a freshly unlocked, throwaway gnome-keyring
# (its files in a temporary XDG_DATA_HOME, so ~/.local/share/keyrings is neither used nor touched).
# `npm test` and `npm run coverage` do this by themselves where no Secret Service answers; this is
# for running something else that way, e.g. `scripts/with-keyring.sh npx vitest run tests/integration`.
# Needs Debian packages: dbus-x11 gnome-keyring. The logic is in scripts/test-keyring.mjs.
set -eu
[ "$#" -gt 0 ] || { echo "usage: scripts/with-keyring.sh COMMAND [ARGS...]" >&2; exit 2; }
exec node "$(dirname "$0")/test-keyring.mjs" "$@"
