// The 企企 callback listener's request parsing (CallbackListener::parseHead). Properties: a head
// past the size cap is TooLarge; Complete only once the blank line arrived, with a
// method of capitals and a target without whitespace; and more bytes never turn a Complete or
// Malformed head back into Incomplete.
#include "FuzzInput.h"
#include "net/CallbackListener.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray received(reinterpret_cast<const char *>(data), int(size));
    using State = CallbackListener::Head::State;
    const CallbackListener::Head head = CallbackListener::parseHead(received);
    const int end = received.indexOf("\r\n\r\n");
    if (head.state == State::Complete) {
        FUZZ_CHECK(end >= 0 && end <= CallbackListener::maxHeadBytes, "Complete without a whole head");
        FUZZ_CHECK(!head.method.isEmpty() && !head.target.isEmpty(), "Complete without method or target");
        for (char c : head.method)
            FUZZ_CHECK(std::isupper(uchar(c)), "method %s", head.method.constData());
        for (char c : head.target)
            FUZZ_CHECK(!std::isspace(uchar(c)), "target %s", head.target.constData());
    }
    if (received.size() > CallbackListener::maxHeadBytes && (end < 0 || end > CallbackListener::maxHeadBytes))
        FUZZ_CHECK(head.state == State::TooLarge, "an oversized head is %d", int(head.state));
    if (head.state != State::Incomplete) {
        const CallbackListener::Head more = CallbackListener::parseHead(received + "GET / HTTP/1.1\r\n\r\n");
        FUZZ_CHECK(more.state == head.state ||
                       (head.state == State::Complete && more.state == State::Complete),
                   "state %d became %d with more bytes", int(head.state), int(more.state));
    }
    return 0;
}
