// A real OpenID Connect provider on loopback for the single sign-on tests of Veilleur
// (tests/integration/test_oidc.py): `oidc-provider` with one static client, a few test
// accounts and its development login/consent pages (any password is accepted).
//
//   OIDC_CLIENT_ID=veilleur OIDC_CLIENT_SECRET=s3cret \
//   OIDC_REDIRECT_URI=http://127.0.0.1:8000/auth/oidc/callback node provider.mjs 9000
//
// The port comes from argv[2] or OIDC_PORT. Once listening it prints one JSON line
// `{"ready": true, "issuer": "http://127.0.0.1:<port>"}` on stdout: the test waits on it.
//
// Two accounts exist to test the relying party's checks, since a correct provider never
// issues such tokens: the ID token of `eve` is re-signed (with the provider's own key)
// for another audience, that of `mallory` is signed with a key the provider does not
// publish. Everything else is the provider's own behaviour.

import { generateKeyPair, exportJWK, decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import Provider from 'oidc-provider';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`provider.mjs: environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}

const port = Number(process.argv[2] ?? process.env.OIDC_PORT);
if (!Number.isInteger(port) || port <= 0) {
  console.error('provider.mjs: give the port as the first argument or OIDC_PORT');
  process.exit(2);
}
const issuer = `http://127.0.0.1:${port}`;
const clientId = required('OIDC_CLIENT_ID');
const clientSecret = required('OIDC_CLIENT_SECRET');
const redirectUris = required('OIDC_REDIRECT_URI').split(/\s+/).filter(Boolean);

const ACCOUNTS = {
  ada: { email: 'ada@example.org', name: 'Ada Lovelace', preferred_username: 'ada' },
  bob: { email: 'bob@example.org', name: 'Bob Martin' }, // no preferred_username: email is the hint
  eve: { email: 'eve@example.org', name: 'Eve', preferred_username: 'eve' },
  mallory: { email: 'mallory@example.org', name: 'Mallory', preferred_username: 'mallory' },
};

async function signingKey(kid) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}

const published = await signingKey('test-key-1');
const unpublished = await signingKey('test-key-1'); // same kid, different key

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: redirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [published.jwk] },
  cookies: { keys: ['veilleur-oidc-test-provider-cookie-key'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username'],
  },
  // PKCE is required of every client: a relying party that forgets it fails the test.
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, sub) {
    const claims = ACCOUNTS[sub];
    if (!claims) return undefined;
    return {
      accountId: sub,
      async claims() {
        return { sub, email_verified: true, ...claims };
      },
    };
  },
});

// The test-only tokens of `eve` and `mallory` (see the header).
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || ctx.status !== 200 || !ctx.body?.id_token) return;
  const claims = decodeJwt(ctx.body.id_token);
  const header = decodeProtectedHeader(ctx.body.id_token);
  let key = null;
  if (claims.sub === 'eve') {
    claims.aud = 'another-application';
    key = published.privateKey;
  } else if (claims.sub === 'mallory') {
    key = unpublished.privateKey;
  }
  if (key) {
    ctx.body = { ...ctx.body, id_token: await new SignJWT(claims).setProtectedHeader(header).sign(key) };
  }
});

provider.listen(port, '127.0.0.1', () => {
  console.log(JSON.stringify({ ready: true, issuer }));
});
