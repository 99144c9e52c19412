// The real OpenID Provider of AuthDesk's tests: panva/oidc-provider on 127.0.0.1 with a random
// port. Prints one JSON line {"issuer":…} when it listens, then serves until killed.
//
//   node server.mjs REDIRECT_URI [--auto-login USER]
//
// Clients, all with REDIRECT_URI (also their post-logout redirect) and PKCE required: "conf"
// (client_secret_basic), "post" (client_secret_post), "pub" (public, none) and "hs"
// (client_secret_basic, its ID tokens HS256 keyed with its secret); "svc", a service account
// (client_credentials only); "pkjwt" (private_key_jwt, its keys at /test/jwks, which a test PUTs),
// "csjwt" (client_secret_jwt), "par" (pushed authorization requests required), "dpop" (DPoP-bound
// tokens) and "native" (public, application_type native: a loopback redirect on any port,
// RFC 8252 §7.3). Every client may use the device grant and refresh tokens (always issued, always
// rotated). The secret of the confidential clients is CLIENT_SECRET below. Users are any login
// with any password (devInteractions); "alice" and "bob" have profile claims. With --auto-login
// the interaction pages are skipped: USER signs in and consents through oidc-provider's own
// interactionFinished, for runs nobody can click (`authdesk authorize` from the command line),
// and the logout page submits itself.
//
// Test controls, loopback only like the rest: PUT /test/jwks (the pkjwt client's public JWKS);
// POST /test/device?user_code=X&decision=approve|deny|expire (the user's answer on the
// verification page, or the code's end); POST /test/slow_down (the next device poll answers
// slow_down, which oidc-provider never sends on its own: the next token request answers it); GET /test/minted (every token and
// device code this provider has handed out, for the tests' secret scans). Device codes ask for
// a 1 s interval.
import { createServer, request as forward } from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const CLIENT_SECRET = 'real-op-client-secret-4Xk9';
const [redirectUri, ...rest] = process.argv.slice(2);
const autoLogin = rest[0] === '--auto-login' ? rest[1] : undefined;
if (!redirectUri) {
  console.error('usage: node server.mjs REDIRECT_URI [--auto-login USER]');
  process.exit(2);
}

// The test that started it holds standard input open: when that process ends, even by a crash,
// this one ends too.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();

const people = {
  alice: { name: 'Alice Zhang', email: 'alice@op.example', email_verified: true },
  bob: { name: 'Bob Li', email: 'bob@op.example', email_verified: false },
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'real-op-rsa', use: 'sig', alg: 'RS256' };

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const client = (client_id, method, extra = {}) => ({
    client_id,
    ...(method === 'none' || method === 'private_key_jwt' ? {} : { client_secret: CLIENT_SECRET }),
    redirect_uris: [redirectUri],
    post_logout_redirect_uris: [redirectUri],
    token_endpoint_auth_method: method,
    grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
    response_types: ['code'],
    ...extra,
  });
  let clientJwks = { keys: [] };
  let slowDownNext = false;
  const minted = new Set();
  const provider = new Provider(issuer, {
    clients: [client('conf', 'client_secret_basic'), client('post', 'client_secret_post'), client('pub', 'none'),
              client('hs', 'client_secret_basic', { id_token_signed_response_alg: 'HS256' }),
              // a service account: the client credentials grant alone, no user, no redirect
              client('svc', 'client_secret_basic', { grant_types: ['client_credentials'], response_types: [],
                                                     redirect_uris: [], post_logout_redirect_uris: [] }),
              client('pkjwt', 'private_key_jwt', { jwks_uri: `${issuer}/test/jwks` }),
              client('csjwt', 'client_secret_jwt'),
              client('par', 'client_secret_basic', { require_pushed_authorization_requests: true }),
              client('dpop', 'client_secret_basic', { dpop_bound_access_tokens: true }),
              client('native', 'none', { application_type: 'native', redirect_uris: ['http://127.0.0.1/callback'],
                                          post_logout_redirect_uris: [] })],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['authdesk-test-cookie-key'] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    features: {
      devInteractions: { enabled: !autoLogin },
      clientCredentials: { enabled: true },
      deviceFlow: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      pushedAuthorizationRequests: { enabled: true },
      // A nonce is required on every proof, so that the client's DPoP-Nonce retry is exercised.
      dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true },
      rpInitiatedLogout: {
        enabled: true,
        ...(autoLogin ? { logoutSource: (ctx, form) => {
          ctx.body = `<!DOCTYPE html><html><body>${form}<script>document.forms[0].submit()</script></body></html>`;
        } } : {}),
      },
    },
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: true,
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'PS256', 'ES256', 'HS256'],
                  dPoPSigningAlgValues: ['ES256', 'RS256', 'PS256'] },
    ...(autoLogin ? { interactions: { url: (ctx, interaction) => `/auto/${interaction.uid}` } } : {}),
    findAccount: (ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(people[id] ?? { name: id }) }),
    }),
  });
  // Device codes ask to be polled every second (RFC 8628 §3.2's interval), not the default five.
  provider.on('device_authorization.success', (ctx, body) => { body.interval = 1; });
  // oidc-provider never answers slow_down: the test asks for one. Every token answered is noted.
  provider.use(async (ctx, next) => {
    await slowDownWhenAsked(ctx, next);
    if (ctx.body && typeof ctx.body === 'object' && !Buffer.isBuffer(ctx.body)) {
      for (const name of ['access_token', 'refresh_token', 'id_token', 'device_code']) {
        if (typeof ctx.body[name] === 'string') minted.add(ctx.body[name]);
      }
    }
  });
  // The next token request after POST /test/slow_down, which the tests send while a device grant
  // is polling, answers slow_down.
  const slowDownWhenAsked = async (ctx, next) => {
    if (slowDownNext && ctx.path === '/token' && ctx.method === 'POST') {
      slowDownNext = false;
      ctx.status = 400;
      ctx.body = { error: 'slow_down', error_description: 'you are polling too quickly' };
      return;
    }
    await next();
  };
  const testControl = async (req, res, url) => {
    const reply = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/test/jwks' && req.method === 'GET') return reply(200, clientJwks);
    if (url.pathname === '/test/jwks' && req.method === 'PUT') {
      let text = '';
      for await (const chunk of req) text += chunk;
      clientJwks = JSON.parse(text);
      return reply(200, {});
    }
    if (url.pathname === '/test/minted' && req.method === 'GET') return reply(200, [...minted]);
    if (url.pathname === '/test/slow_down' && req.method === 'POST') {
      slowDownNext = true;
      return reply(200, {});
    }
    if (url.pathname === '/test/device' && req.method === 'POST') {
      const code = await provider.DeviceCode.findByUserCode(url.searchParams.get('user_code').replace(/-/g, ''));
      if (!code) return reply(404, { error: 'no such user code' });
      const decision = url.searchParams.get('decision');
      if (decision === 'approve') {
        const grant = new provider.Grant({ accountId: autoLogin ?? 'alice', clientId: code.clientId });
        grant.addOIDCScope(code.params.scope);
        Object.assign(code, { accountId: autoLogin ?? 'alice', grantId: await grant.save(),
                              scope: code.params.scope, authTime: Math.floor(Date.now() / 1000) });
      } else if (decision === 'deny') {
        Object.assign(code, { error: 'access_denied', errorDescription: 'the user said no' });
      } else if (decision === 'expire') {
        code.exp = Math.floor(Date.now() / 1000) - 1;
      }
      await code.save();
      return reply(200, {});
    }
    return reply(404, { error: 'unknown test control' });
  };
  server.on('request', async (req, res) => {
    const url = new URL(req.url, issuer);
    if (url.pathname.startsWith('/test/')) return testControl(req, res, url);
    const auto = autoLogin && req.url.match(/^\/auto\/([^/?]+)/);
    if (!auto) return provider.callback()(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      let grantId = details.grantId;
      if (!grantId) {
        const grant = new provider.Grant({ accountId: autoLogin, clientId: details.params.client_id });
        grant.addOIDCScope(details.params.scope);
        grantId = await grant.save();
      }
      await provider.interactionFinished(req, res, { login: { accountId: autoLogin }, consent: { grantId } },
                                         { mergeWithLastSubmission: false });
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  // A reverse proxy in front of the provider on a port of its own, which tells the provider the
  // issuer's host: what an endpoint reached through a proxy looks like (a DPoP proof's htu then
  // names the proxy, not the provider).
  const proxy = createServer((req, res) => {
    const upstream = forward({ host: '127.0.0.1', port: server.address().port, path: req.url, method: req.method,
                               headers: { ...req.headers, host: new URL(issuer).host } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ issuer, client_secret: CLIENT_SECRET,
                                 proxy: `http://127.0.0.1:${proxy.address().port}` }));
  });
});
