#include "crypto/RandomToken.h"

#include <QRandomGenerator>

QString randomAlphanumeric(int length) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr quint32 alphabetSize = sizeof(alphabet) - 1;
    QString out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[rng->bounded(alphabetSize)]));
    return out;
}
