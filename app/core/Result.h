#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>
#include <utility>

// Why a fallible operation did not produce its value, in words an admin can act on.
struct Error {
    enum class Kind {
        Failed,      // the operation failed; `message` says why
        NotFound,    // the thing asked for does not exist (a keychain entry, a tenant)
        Unavailable, // a service AuthDesk depends on cannot be used (keychain, database, network)
        Cancelled,   // the admin (or the owner of the work) cancelled it
        RateLimited, // the platform refused because of its call-frequency limits
        Transient,   // worth trying again later as it is (busy, timeout, malformed answer)
    };
    Kind kind = Kind::Failed;
    QString message;      // what went wrong, in words, already redacted
    QString remedy;       // what to do about it; may be empty when `message` already says
    int platformCode = 0; // the platform's own error code (WeCom errcode, ...) when there is one
    int httpStatus = 0;   // the HTTP status the server answered, 0 when there was no answer

    // The message and the remedy as one sentence for a label or a CLI line.
    QString text() const { return remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy; }
    bool is(Kind k) const { return kind == k; }

    static Error failed(const QString &message, const QString &remedy = {}) {
        return {Kind::Failed, message, remedy};
    }
};

// A value, or the Error that says why there is none.
template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Error &error() const { return m_error; }
    // The error's text, or an empty string on success.
    QString errorText() const { return ok() ? QString() : m_error.text(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations whose success carries no value beyond a message for the admin.
struct Done {
    QString message;
    QJsonObject details; // what was found, for --json (an OpenID Provider's endpoints and keys)
};
using Status = Result<Done>;
