// A stand-in for the user's browser in the tests of the system-browser sign-in (BROWSER): it
// follows the provider's redirects from the URL it is given, with the provider's cookies, as a
// browser does when the provider signs in without a page (server.mjs --auto-login), until an
// answer that is not a redirect: AuthDesk's loopback listener. Exits 0 when that answered 200.
//
//   node browser.mjs URL
const cookies = new Map();
let url = new URL(process.argv[2]);
for (let hop = 0; hop < 20; hop += 1) {
  const response = await fetch(url, {
    redirect: 'manual',
    headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
  });
  // getSetCookie where Node.js has it; otherwise the joined header, split before each "name=".
  const setCookies = response.headers.getSetCookie?.()
    ?? (response.headers.get('set-cookie') ?? '').split(/,(?=\s*[^;,=\s]+=)/).filter(Boolean);
  for (const line of setCookies) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
  const location = response.headers.get('location');
  if (response.status < 300 || response.status >= 400 || !location) {
    process.exit(response.status === 200 ? 0 : 1);
  }
  url = new URL(location, url);
}
process.exit(1);
