#!/usr/bin/env sh
# Runs a command inside a private D-Bus session with a freshly unlocked gnome-keyring, so keychain
# code talks to a real Secret Service on headless Linux (CI, containers). Desktop sessions already
# have one: there, run the command directly.
# The keyring lives in a temporary XDG_DATA_HOME, so an existing ~/.local/share/keyrings (with
# another password) is neither used nor touched. Needs Debian packages: dbus-x11 gnome-keyring.
set -eu
[ "$#" -gt 0 ] || { echo "usage: scripts/with-keyring.sh COMMAND [ARGS...]" >&2; exit 2; }
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/invitray-keyring.XXXXXX")
trap 'rm -rf "$keyring_home"' EXIT INT TERM
XDG_DATA_HOME="$keyring_home" dbus-run-session -- sh -c '
  eval "$(printf invitray-test-keyring | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
  export GNOME_KEYRING_CONTROL
  "$@"' with-keyring "$@"
