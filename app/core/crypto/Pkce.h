#pragma once

#include <QString>

// PKCE (RFC 7636) for one run: a random code verifier and its S256 challenge. Never `plain`.
namespace Pkce {
// 64 characters of [A-Za-z0-9] from the system's CSPRNG (RFC 7636 allows 43 to 128).
QString newVerifier();
// BASE64URL(SHA-256(verifier)) without padding, with OpenSSL's SHA-256.
QString challengeS256(const QString &verifier);
} // namespace Pkce
