import type { IncomingHttpHeaders } from 'node:http';
import type { DemoResponse } from './envelope';

// The 'echo-credential' fault: a server that quotes the credential it received back in
// its error, in every form one might (raw, upper and lower case, URL-encoded, base64 of
// the secret alone and paired, a 12-character prefix), in every field an error has
// (message, documentation_url, source.pointer, a nested error_chain). Cloudflare does
// not do this; the client must cope if anything behind the API base URL ever does.
// The forms are written out here independently of the client's redaction on purpose.

/** The credential values a request carried: the token, or the Global API key and its email. */
export function receivedCredential(headers: IncomingHttpHeaders): { secret: string; email?: string } {
  const authorization = first(headers.authorization);
  if (authorization !== undefined) return { secret: authorization.replace(/^Bearer\s+/i, '') };
  const key = first(headers['x-auth-key']) ?? '';
  const email = first(headers['x-auth-email']);
  return email === undefined ? { secret: key } : { secret: key, email };
}

/** Every way the fault quotes `secret` (and `email`), for tests to search for. */
export function echoedForms(secret: string, email?: string): string[] {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const forms = [
    secret,
    secret.toUpperCase(),
    secret.toLowerCase(),
    encodeURIComponent(secret),
    encodeURIComponent(secret).toLowerCase(),
    b64(secret),
    b64url(secret),
    b64(`Bearer ${secret}`),
    b64(`:${secret}`),
    b64(`${secret}:`),
    secret.slice(0, 12),
  ];
  if (email !== undefined) {
    forms.push(email, email.toUpperCase(), encodeURIComponent(email));
    forms.push(b64(`${email}:${secret}`), b64url(`${email}:${secret}`), b64(`${secret}:${email}`));
  }
  return forms;
}

/** A failure answer quoting the request's credential; status 200 answers with success:false. */
export function credentialEcho(status: number, headers: IncomingHttpHeaders): DemoResponse {
  const { secret, email } = receivedCredential(headers);
  const forms = echoedForms(secret, email);
  const errors = forms.map((form, index) => ({
    code: index % 2 === 0 ? 6003 : 10000,
    message: `Invalid request headers: got ${form}`,
    documentation_url: `https://developers.cloudflare.com/fundamentals/api/?credential=${form}`,
    source: { pointer: `/headers/${form}` },
    error_chain: [{ code: 6111, message: `Invalid format for Authorization header: ${form}` }],
  }));
  return {
    status,
    body: {
      success: false,
      errors,
      messages: [{ code: 10001, message: `Request made with ${forms[0] ?? ''}` }],
      result: null,
    },
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
