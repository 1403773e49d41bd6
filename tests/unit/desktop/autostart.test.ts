import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LinuxAutostart,
  autostartDesktopEntry,
  autostartDir,
  quoteExecArg,
} from '../../../electron/main/core/desktop/autostart';

describe('autostartDesktopEntry', () => {
  it('writes a valid entry that starts the executable hidden at login', () => {
    const text = autostartDesktopEntry({ executable: '/opt/Invitray/invitray', args: ['--hidden'] });
    expect(text.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Version=1.0',
      'Name=Invitray',
      'Comment=Cloudflare account invitations in your tray',
      'Exec=/opt/Invitray/invitray --hidden',
      'Terminal=false',
      'NoDisplay=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('quotes paths with spaces and escapes reserved characters per the Desktop Entry spec', () => {
    expect(quoteExecArg('/home/me/My Apps/Invitray.AppImage')).toBe('"/home/me/My Apps/Invitray.AppImage"');
    expect(quoteExecArg('/tmp/a$b')).toBe('"/tmp/a\\\\$b"');
    expect(quoteExecArg('100%')).toBe('100%%');
    expect(quoteExecArg('')).toBe('""');
    expect(autostartDesktopEntry({ executable: '/x', name: 'Evil\nExec=rm -rf ~' })).not.toMatch(/^Exec=rm/m);
  });
});

describe('autostartDir', () => {
  it('uses an absolute XDG_CONFIG_HOME and falls back to ~/.config', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/me')).toBe('/cfg/autostart');
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/me')).toBe('/home/me/.config/autostart');
    expect(autostartDir({}, '/home/me')).toBe('/home/me/.config/autostart');
  });
});

describe('LinuxAutostart (real files)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'invitray-autostart-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the directory and file on enable, removes it on disable, and reports the state', async () => {
    const autostart = new LinuxAutostart(join(dir, 'autostart'), { executable: '/opt/invitray' });
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    expect(await autostart.isEnabled()).toBe(true);
    expect(await readFile(autostart.file, 'utf8')).toContain('Exec=/opt/invitray\n');
    await autostart.setEnabled(false);
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(false);
  });

  it('AppImage updated under a new name (appimage-filename-updated): an enabled entry follows the new file', async () => {
    const autostart = new LinuxAutostart(join(dir, 'autostart'), {
      executable: '/home/me/Apps/Invitray-1.0.0-linux-x86_64.AppImage',
    });
    await autostart.setEnabled(true);
    expect(autostart.retarget('/home/me/Apps/Invitray-1.1.0-linux-x86_64.AppImage')).toBe(true);
    const text = await readFile(autostart.file, 'utf8');
    expect(text).toContain('Exec=/home/me/Apps/Invitray-1.1.0-linux-x86_64.AppImage\n');
    expect(text).not.toContain('1.0.0');
  });

  it('retarget leaves a switched-off entry as it is, and creates none', async () => {
    const autostart = new LinuxAutostart(join(dir, 'autostart'), {
      executable: '/a/Invitray-1.0.0.AppImage',
    });
    expect(autostart.retarget('/a/Invitray-1.1.0.AppImage')).toBe(false);
    expect(await autostart.isEnabled()).toBe(false);
    await autostart.setEnabled(true);
    const off = (await readFile(autostart.file, 'utf8')) + 'Hidden=true\n';
    await writeFile(autostart.file, off);
    expect(autostart.retarget('/a/Invitray-1.2.0.AppImage')).toBe(false);
    expect(await readFile(autostart.file, 'utf8')).toBe(off);
  });
});
