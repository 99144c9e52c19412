#pragma once

#include "Identity.h"
#include "Result.h"
#include "providers/Provider.h"

#include <QObject>
#include <functional>

// One code → identity exchange, the asynchronous step of a run after the redirect. Whoever owns
// it starts it and may cancel it at any time: every call it makes is guarded by the job, so
// cancelling (or deleting the job) aborts the request under way and drops every pending callback
// and timer — nothing it started is left waiting, and it makes no further call. A token fetch it
// asked for is the token cache's and goes on for the cache's other waiters.
class ExchangeJob : public QObject {
    Q_OBJECT

public:
    // What the job does once started; it ends by calling job.finish(...), from any callback.
    using Body = std::function<void(ExchangeJob &job)>;

    ExchangeJob(const ProviderContext &context, Body body, QObject *parent = nullptr);

    void start();
    // Ends the job as cancelled; no callback of its work runs after this.
    void cancel();
    bool isFinished() const { return m_finished; }
    // The context its calls use: guarded by this job until it finishes or is cancelled.
    const ProviderContext &context() const { return m_context; }
    void finish(const Result<Identity> &result);
    // Finishes with `identity` once `tokens` are kept, when the run keeps tokens
    // (ProviderContext::keepTokens) and the identity is good; otherwise at once.
    void finishKeeping(const Result<Identity> &identity, const KeptTokens &tokens);

signals:
    // Emitted once: the identity, or the error (Error::Kind::Cancelled after cancel()).
    void finished(const Result<Identity> &result);

private:
    void endCalls();

    ProviderContext m_context;
    Body m_body;
    QObject *m_calls; // the guard of every call; deleted when the job ends
    bool m_finished = false;
};
