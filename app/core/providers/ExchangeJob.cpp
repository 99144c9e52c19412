#include "providers/ExchangeJob.h"

ExchangeJob::ExchangeJob(const ProviderContext &context, Body body, QObject *parent)
    : QObject(parent), m_context(context), m_body(std::move(body)), m_calls(new QObject(this)) {
    m_context.guard = m_calls;
}

void ExchangeJob::start() {
    if (!m_finished && m_body)
        m_body(*this);
}

void ExchangeJob::cancel() {
    finish(Error{Error::Kind::Cancelled, tr("Cancelled.")});
}

void ExchangeJob::finish(const Result<Identity> &result) {
    if (m_finished)
        return;
    m_finished = true;
    endCalls();
    emit finished(result);
}

void ExchangeJob::finishKeeping(const Result<Identity> &identity, const KeptTokens &tokens) {
    if (!identity.ok() || !m_context.keepTokens)
        return finish(identity);
    m_context.keepTokens(tokens, [this, identity](const Status &kept) {
        finish(kept.ok() ? identity : Result<Identity>(kept.error()));
    });
}

void ExchangeJob::endCalls() {
    if (!m_calls)
        return;
    // Deleted at once, not later, so that no guarded callback can run in between: HttpClient
    // aborts the request under way, and queued timers and keychain answers are dropped. This is
    // safe inside one of those callbacks, which Qt keeps alive until it returns.
    delete m_calls;
    m_calls = nullptr;
}
