#include "providers/CallbackDelivery.h"

#include "net/CallbackListener.h"
#include "net/Redactor.h"
#include "providers/Provider.h"

#include <QTimer>

CallbackDelivery::CallbackDelivery(const QString &platform, const QString &listenAddress, const QString &path,
                                   const QString &idParameter, Parse parse, QObject *parent)
    : QObject(parent), m_platform(platform), m_listenAddress(listenAddress), m_path(path),
      m_idParameter(idParameter), m_parse(std::move(parse)) {
}

void CallbackDelivery::note(FlowStep::Status status, const QString &title, const QString &detail) {
    emit stepAdded(FlowStep::make(status, title, Redactor::text(detail)));
}

Status CallbackDelivery::start(const AuthorizationRequest &request) {
    m_stateParameter = request.stateParameter;
    m_state = request.state;
    // The listener must be up before the page can lead the platform's server to call it.
    m_listener = new CallbackListener([this](const QUrl &url) { return handle(url); }, m_path, this);
    if (const Status listening = m_listener->listen(m_listenAddress); !listening.ok())
        return listening;
    m_active = true;
    note(FlowStep::Status::Info, tr("Listening for the callback on %1").arg(m_listener->url().toString()),
         tr("%1's admin must have set this address (as reachable from %1) as the app's callbackUrl.")
             .arg(m_platform));
    if (!m_listener->isLoopback())
        note(
            FlowStep::Status::Warning, tr("The callback listener is reachable from the network"),
            tr("it speaks plain HTTP on %1: put an HTTPS front (a reverse proxy) before it and let only %2's "
               "servers reach it.")
                .arg(m_listener->url().toString(), m_platform));
    return Done{};
}

void CallbackDelivery::stop() {
    // Later, not now: stop() may run inside the grace timer's own timeout.
    m_active = false;
    if (m_graceTimer) {
        m_graceTimer->stop();
        m_graceTimer->deleteLater();
        m_graceTimer = nullptr;
    }
    // The port is freed as the run ends, not when the run object goes (later, or never in the
    // console's history): a tenant's callback port is fixed (77hub's admin registered it) and the
    // next run listens on it at once. 77hub resends only a callback that got no answer.
    if (m_listener)
        m_listener->close();
}

QUrl CallbackDelivery::url() const {
    return m_listener ? m_listener->url() : QUrl();
}

int CallbackDelivery::handle(const QUrl &url) {
    const QUrlQuery query(url);
    const QString state = query.queryItemValue(m_stateParameter, QUrl::FullyDecoded);
    // The platform retries a callback it got no answer for: the same callback again is answered
    // 200, as the first was, and changes nothing.
    if (m_callbackArrived && query.query(QUrl::FullyEncoded) == m_callback.query(QUrl::FullyEncoded)) {
        note(FlowStep::Status::Info, tr("Callback repeated"), tr("the same callback again; answered 200"));
        return 200;
    }
    if (!m_active || m_callbackArrived || state != m_state) {
        note(FlowStep::Status::Warning, tr("Callback refused"),
             tr("%1=\"%2\" is not this run's (or its callback already came); answered 403 and ignored. %3")
                 .arg(m_stateParameter, state, url.toString()));
        return 403;
    }
    if (query.queryItemValue(m_idParameter).isEmpty()) {
        note(FlowStep::Status::Warning, tr("Callback refused"),
             tr("it carries no %1; answered 400. %2").arg(m_idParameter, url.toString()));
        return 400;
    }
    m_callback = query;
    m_callbackArrived = true;
    note(FlowStep::Status::Ok, tr("Callback received"), url.toString());
    // Answer 200 first; the run completes from the event loop.
    QTimer::singleShot(0, this, &CallbackDelivery::completeWhenReady);
    return 200;
}

void CallbackDelivery::browserArrived() {
    if (!m_active || m_browserArrived)
        return;
    m_browserArrived = true;
    completeWhenReady();
}

void CallbackDelivery::completeWhenReady() {
    if (!m_active)
        return;
    if (m_callbackArrived && m_browserArrived) {
        stop();
        emit delivered(m_parse(m_callback));
        return;
    }
    if (m_browserArrived) {
        note(FlowStep::Status::Info,
             tr("Browser reached the redirect URL; waiting for %1's callback").arg(m_platform));
        return;
    }
    if (m_callbackArrived && !m_graceTimer) {
        // The callback alone is enough once the browser has had a moment to follow.
        m_graceTimer = new QTimer(this);
        m_graceTimer->setSingleShot(true);
        connect(m_graceTimer, &QTimer::timeout, this, [this] {
            note(FlowStep::Status::Info,
                 tr("The browser did not reach the redirect URL; the callback is enough"));
            m_browserArrived = true;
            completeWhenReady();
        });
        m_graceTimer->start(m_graceMs);
    }
}
