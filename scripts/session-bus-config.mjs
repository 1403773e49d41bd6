// A D-Bus session bus configuration that starts no services on demand. A stock session bus
// starts whatever is asked for by name: dunst (installed for the notification tests) for
// org.freedesktop.Notifications, where it fails without a display, or on a loaded machine answers
// only after the app has given up on it. Tests that want a server on the bus start it themselves.
// Used by the tests' private keyring session (test-keyring.mjs) and the notification tests' own bus.

/** @param {string} listen a D-Bus listen address, e.g. `unix:tmpdir=/tmp` */
export function sessionBusConfig(listen) {
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>${listen}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;
}
