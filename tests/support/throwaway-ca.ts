import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A certificate authority made for one test run with the openssl command line, and a
// server certificate it signs: what a TLS-inspecting network looks like to a client
// that does not trust its root.

export interface ThrowawayCa {
  /** The root certificate, PEM: what NODE_EXTRA_CA_CERTS would point at. */
  caPath: string;
  /** Key and certificate (PEM) for a server answering as `names`. */
  server: { key: string; cert: string };
  remove(): void;
}

/** Whether the openssl command is on this machine; the suites that need it say so when it is not. */
export function opensslAvailable(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `dnsNames` and `ipAddresses` go into the server certificate's subjectAltName. */
export function createThrowawayCa(dnsNames: string[], ipAddresses: string[]): ThrowawayCa {
  const dir = mkdtempSync(path.join(tmpdir(), 'invitray-ca-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const altNames = [...dnsNames.map((n) => `DNS:${n}`), ...ipAddresses.map((ip) => `IP:${ip}`)].join(',');
  // Extensions in a file rather than -addext, which older OpenSSL and LibreSSL lack.
  writeFileSync(
    file('ext.cnf'),
    [
      '[ca]',
      'basicConstraints = critical, CA:true',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      '[server]',
      'basicConstraints = CA:false',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${altNames}`,
      '',
    ].join('\n'),
  );
  const ecKey = (name: string) =>
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file(name));
  ecKey('ca.key');
  openssl('req', '-new', '-key', 'ca.key', '-subj', '/CN=Invitray Test Inspecting Root', '-out', 'ca.csr');
  openssl(
    'x509',
    '-req',
    '-in',
    'ca.csr',
    '-signkey',
    'ca.key',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'ca',
    '-out',
    'ca.pem',
  );
  ecKey('server.key');
  openssl(
    'req',
    '-new',
    '-key',
    'server.key',
    '-subj',
    `/CN=${dnsNames[0] ?? ipAddresses[0]}`,
    '-out',
    'server.csr',
  );
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-set_serial',
    '2',
    '-days',
    '2',
    '-extfile',
    'ext.cnf',
    '-extensions',
    'server',
    '-out',
    'server.pem',
  );
  return {
    caPath: file('ca.pem'),
    server: { key: readFileSync(file('server.key'), 'utf8'), cert: readFileSync(file('server.pem'), 'utf8') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
