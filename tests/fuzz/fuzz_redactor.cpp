// The Redactor: a registered secret inside fuzzed text, in one of the forms it takes on the wire.
// Property: the output never holds the secret in any of those forms (raw, percent-encoded with
// %20 or +, escaped inside a JSON string as Qt and as PHP write it).
#include "FuzzInput.h"
#include "net/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
// The forms, made by the encoders that produce them (not by the Redactor's own code).
QStringList wireForms(const QString &secret) {
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
    json = json.mid(2, json.size() - 4); // ["…"]
    return {secret, percent, QString(percent).replace(QLatin1String("%20"), QLatin1String("+")), json,
            QString(json).replace(QLatin1Char('/'), QLatin1String("\\/"))};
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const QString secret = input.text();
    const int form = input.choice(5);
    const QString prefix = input.text();
    const QString suffix = input.text();
    // Secrets are at least 8 characters (shorter ones are not registered). The masks (*** and the
    // … of a cut code) are left out: text the Redactor writes may spell such a "secret".
    if (secret.size() < 8 || secret.contains(QLatin1Char('*')) || secret.contains(QChar(0x2026)))
        return 0;
    Redactor::forgetSecrets(); // each input on its own: registrations would pile up otherwise
    Redactor::registerSecret(secret);
    const QString text = prefix + wireForms(secret).at(form) + suffix;
    const QString out = Redactor::text(text);
    for (const QString &shown : wireForms(secret))
        FUZZ_CHECK(!out.contains(shown), "secret form \"%s\" left in \"%s\"", qPrintable(shown),
                   qPrintable(out));
    return 0;
}
