// The redirect matcher (UrlRules::matchesRedirect): the registered URI and a candidate URL.
// Properties: a match has the registered scheme, host, port and path exactly, and no user info;
// a URL that merely contains the redirect URI (in its query, its path, or as a subdomain) never
// matches; the registered URI with the provider's query and fragment always does.
#include "FuzzInput.h"
#include "net/UrlRules.h"

#include <QUrl>

namespace {
int portOf(const QUrl &url) {
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}
QString pathOf(const QUrl &url) {
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const QString registeredText = input.text();
    const QString candidateText = input.text();
    const QUrl registered(registeredText, QUrl::StrictMode);
    const QUrl candidate(candidateText, QUrl::StrictMode);

    if (UrlRules::matchesRedirect(candidate, registered)) {
        FUZZ_CHECK(candidate.userInfo().isEmpty(), "user info in %s", qPrintable(candidateText));
        FUZZ_CHECK(candidate.scheme().compare(registered.scheme(), Qt::CaseInsensitive) == 0 &&
                       candidate.host().compare(registered.host(), Qt::CaseInsensitive) == 0 &&
                       portOf(candidate) == portOf(registered) && pathOf(candidate) == pathOf(registered),
                   "%s matched %s", qPrintable(candidateText), qPrintable(registeredText));
    }

    // Only a redirect URI AuthDesk accepts is worth the containment checks.
    if (!UrlRules::checkRedirectUri(registeredText).isEmpty() || registered.host().isEmpty())
        return 0;
    QUrl withAnswer = registered;
    withAnswer.setQuery(QStringLiteral("code=abc&state=xyz"));
    withAnswer.setFragment(QStringLiteral("wechat_redirect"));
    FUZZ_CHECK(UrlRules::matchesRedirect(withAnswer, registered), "%s with a query did not match",
               qPrintable(registeredText));
    const QString encoded = QString::fromLatin1(registered.toEncoded());
    const QString host = registered.host();
    const QStringList containing = {
        QStringLiteral("https://evil.example/?next=") + encoded,
        QStringLiteral("https://evil.example/") + encoded,
        QStringLiteral("https://") + host + QStringLiteral(".evil.example") + pathOf(registered),
        QStringLiteral("https://evil.example@") + host + pathOf(registered),
        encoded.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0) + QStringLiteral("x"),
        encoded.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0) + QStringLiteral("/x"),
    };
    for (const QString &text : containing) {
        const QUrl url(text, QUrl::StrictMode);
        FUZZ_CHECK(!UrlRules::matchesRedirect(url, registered), "%s matched %s, which it only contains",
                   qPrintable(text), qPrintable(registeredText));
    }
    return 0;
}
