// WeCom's callback decryption over fuzzed texts, keys and messages. Properties: a text that was not
// encrypted for this receiveid never decrypts (garbage is refused, not guessed), and any message,
// receiveid and random encrypted with a key decrypts back to exactly them, its signature verifying.
#include "FuzzInput.h"
#include "crypto/WeComCallbackCrypto.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const QByteArray key =
        WeComCallbackCrypto::aesKey(QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")).value();
    // Anything as the encrypted text: refused for a receiveid it was not made for.
    const QString garbage = input.text();
    const auto decrypted =
        WeComCallbackCrypto::decrypt(key, garbage, QStringLiteral("ww-fuzz-receiver-0001"));
    FUZZ_CHECK(!decrypted.ok(), "garbage decrypted: %s", qPrintable(garbage));
    FUZZ_CHECK(!decrypted.error().message.isEmpty(), "a refusal without words");

    // Any message round-trips.
    const QString receiveId = QString::fromUtf8(input.bytes()).remove(QChar::ReplacementCharacter);
    const QByteArray random = (input.bytes() + QByteArray(16, 'r')).left(16);
    const QByteArray message = input.rest();
    const QString encrypted = WeComCallbackCrypto::encrypt(key, message, receiveId, random);
    const auto back = WeComCallbackCrypto::decrypt(key, encrypted, receiveId);
    FUZZ_CHECK(back.ok(), "round trip failed: %s", qPrintable(back.errorText()));
    FUZZ_CHECK(back.value().message == message && back.value().random == random,
               "round trip changed the message");
    FUZZ_CHECK(back.value().receiveId == receiveId, "round trip changed the receiveid");
    const QString signature = WeComCallbackCrypto::signature(QStringLiteral("token"), QStringLiteral("1"),
                                                             QStringLiteral("n"), encrypted);
    FUZZ_CHECK(WeComCallbackCrypto::verify(QStringLiteral("token"), QStringLiteral("1"), QStringLiteral("n"),
                                           encrypted, signature),
               "a signature does not verify");
    return 0;
}
