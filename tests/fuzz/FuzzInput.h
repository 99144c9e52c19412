#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The pieces of one fuzz input: the bytes split at NUL, read in order. Missing pieces are empty,
// so every input means something.
class FuzzInput {
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_parts(QByteArray(reinterpret_cast<const char *>(data), int(size)).split('\0')) {}
    QByteArray bytes() { return m_next < m_parts.size() ? m_parts.at(m_next++) : QByteArray(); }
    QString text() { return QString::fromUtf8(bytes()); }
    // A small number from the next piece's first byte (0 when there is none).
    int choice(int count) {
        const QByteArray piece = bytes();
        return piece.isEmpty() ? 0 : uint8_t(piece.at(0)) % count;
    }
    // The rest of the input, NULs included.
    QByteArray rest() {
        const QByteArray joined = m_parts.mid(m_next).join('\0');
        m_next = m_parts.size();
        return joined;
    }

private:
    QList<QByteArray> m_parts;
    int m_next = 0;
};

// A property the harness checks failed: say which and abort, so that libFuzzer keeps the input.
#define FUZZ_CHECK(condition, ...)                                                                           \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "property violated: %s\n", #condition);                                     \
            std::fprintf(stderr, __VA_ARGS__);                                                               \
            std::fprintf(stderr, "\n");                                                                      \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
