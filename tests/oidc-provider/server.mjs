// The real OpenID Provider of AuthDesk's tests: panva/oidc-provider on 127.0.0.1 with a random
// port. Prints one JSON line {"issuer":…} when it listens, then serves until killed.
//
//   node server.mjs REDIRECT_URI [--auto-login USER]
//
// Four clients, all with REDIRECT_URI and PKCE required: "conf" (client_secret_basic), "post"
// (client_secret_post), "pub" (public, none) and "hs" (client_secret_basic, its ID tokens HS256
// keyed with its secret); and "svc", a service account (client_credentials only); the secret of the confidential clients is CLIENT_SECRET below. Users are any login with any password (devInteractions); "alice" and
// "bob" have profile claims. With --auto-login the interaction pages are skipped: USER signs in
// and consents through oidc-provider's own interactionFinished, for runs nobody can click
// (`authdesk authorize` from the command line).
import { createServer } from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
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
    ...(method === 'none' ? {} : { client_secret: CLIENT_SECRET }),
    redirect_uris: [redirectUri],
    token_endpoint_auth_method: method,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    ...extra,
  });
  const provider = new Provider(issuer, {
    clients: [client('conf', 'client_secret_basic'), client('post', 'client_secret_post'), client('pub', 'none'),
              client('hs', 'client_secret_basic', { id_token_signed_response_alg: 'HS256' }),
              // a service account: the client credentials grant alone, no user, no redirect
              client('svc', 'client_secret_basic', { grant_types: ['client_credentials'], response_types: [],
                                                     redirect_uris: [] })],
    enabledJWA: { idTokenSigningAlgValues: ['RS256', 'PS256', 'ES256', 'HS256'] },
    jwks: { keys: [signingKey] },
    cookies: { keys: ['authdesk-test-cookie-key'] },
    pkce: { required: () => true, methods: ['S256'] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: !autoLogin }, clientCredentials: { enabled: true } },
    ...(autoLogin ? { interactions: { url: (ctx, interaction) => `/auto/${interaction.uid}` } } : {}),
    findAccount: (ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(people[id] ?? { name: id }) }),
    }),
  });
  server.on('request', async (req, res) => {
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
  console.log(JSON.stringify({ issuer, client_secret: CLIENT_SECRET }));
});
