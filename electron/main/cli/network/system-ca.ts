// NODE_USE_SYSTEM_CA=1 for the CLI: trust the OS certificate store (where TLS-inspecting
// networks such as Cloudflare WARP install their root) in addition to Node's bundled
// roots and NODE_EXTRA_CA_CERTS.
//
// Node itself honours NODE_USE_SYSTEM_CA=1 from 22.19 and 24.6 (and --use-system-ca from
// 22.15 and 23.8/23.9), but only tls.getCACertificates('system') (22.15+, 23.10+) lets the
// CLI read the store itself; so with it the CLI adds the system roots on any version that
// has it. Node 20 (and 22.12–22.14) has no way to read the OS store: the CLI says so.

/** The part of node:tls this needs (getCACertificates is absent before Node 22.15). */
export interface TlsCaSource {
  getCACertificates?: (type: 'default' | 'system') => string[];
}

export interface SystemCa {
  /** The CA list to verify servers with, when it must be given explicitly. */
  ca?: string[];
  /** A line for stderr when the setting cannot be honoured. */
  notice?: string;
}

export function systemCa(
  env: Readonly<Record<string, string | undefined>>,
  tls: TlsCaSource,
  nodeVersion: string,
): SystemCa {
  if (env.NODE_USE_SYSTEM_CA !== '1') return {};
  if (typeof tls.getCACertificates !== 'function') {
    return {
      notice: `NODE_USE_SYSTEM_CA=1 needs Node 22.15 or later to read the system certificate store; this is Node ${nodeVersion}. Set NODE_EXTRA_CA_CERTS to your network's root certificate (a PEM file) instead.`,
    };
  }
  // "default" already holds the bundled roots and NODE_EXTRA_CA_CERTS (and the system store
  // where Node applied the setting itself); an explicit `ca` replaces it, so keep all of it.
  return { ca: [...new Set([...tls.getCACertificates('default'), ...tls.getCACertificates('system')])] };
}
