// Cloudflare's v4 envelope and the error bodies the demo answers with. Codes and
// wording follow what api.cloudflare.com sends for the same situations; the few
// the public API does not document (invite state) are worded so the client can
// recognise them, as it does Cloudflare's.

export interface DemoError {
  code: number;
  message: string;
  error_chain?: DemoError[];
}

export interface DemoResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function ok(result: unknown, resultInfo?: Record<string, number>): DemoResponse {
  return {
    status: 200,
    body: {
      success: true,
      errors: [],
      messages: [],
      result,
      ...(resultInfo === undefined ? {} : { result_info: resultInfo }),
    },
  };
}

export function fail(status: number, error: DemoError, headers?: Record<string, string>): DemoResponse {
  return {
    status,
    body: { success: false, errors: [error], messages: [], result: null },
    ...(headers === undefined ? {} : { headers }),
  };
}

const invalidHeaders = (chain: DemoError): DemoError => ({
  code: 6003,
  message: 'Invalid request headers',
  error_chain: [chain],
});

export const CF_ERRORS = {
  missingAuth: { code: 9106, message: 'Missing X-Auth-Key, X-Auth-Email or Authorization headers' },
  badAuthorizationFormat: invalidHeaders({ code: 6111, message: 'Invalid format for Authorization header' }),
  badEmailFormat: invalidHeaders({ code: 6102, message: 'Invalid format for X-Auth-Email header' }),
  badKeyFormat: invalidHeaders({ code: 6103, message: 'Invalid format for X-Auth-Key header' }),
  mixedAuth: invalidHeaders({
    code: 6003,
    message: 'Use either an API token or X-Auth-Email and X-Auth-Key, not both',
  }),
  unknownKey: { code: 9103, message: 'Unknown X-Auth-Key or X-Auth-Email' },
  invalidToken: { code: 1000, message: 'Invalid API Token' },
  invalidAccessToken: { code: 9109, message: 'Invalid access token' },
  unauthorized: { code: 9109, message: 'Unauthorized to access requested resource' },
  authenticationError: { code: 10000, message: 'Authentication error' },
  noRoute: { code: 7000, message: 'No route for that URI' },
  methodNotAllowed: { code: 7001, message: 'Method not allowed for this URI' },
  badIdentifier: (path: string): DemoError => ({
    code: 7003,
    message: `Could not route to ${path}, perhaps your object identifier is invalid?`,
  }),
  inviteNotFound: { code: 1003, message: 'Invitation not found' },
  malformedJson: { code: 6007, message: 'Malformed JSON in request body' },
  bodyTooLarge: { code: 6008, message: 'Request body too large' },
  invalidStatus: { code: 1004, message: 'Invalid status: expected "accepted" or "rejected"' },
  notPending: (status: string): DemoError => ({
    code: 1005,
    message: `Invitation is no longer pending: it was already ${status}`,
  }),
  inviteExpired: { code: 1006, message: 'Invitation has expired and can no longer be answered' },
  // Cloudflare has been seen answering 971 here, below the OpenAPI minimum of 1000 that the demo is
  // tested against; the client maps any 429 the same way, whatever the code.
  rateLimited: {
    code: 10000,
    message: 'Rate limited. Please wait and consider throttling your request speed',
  },
  internal: { code: 10002, message: 'An unknown error has occurred' },
} as const;
