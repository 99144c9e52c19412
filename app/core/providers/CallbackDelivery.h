#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Result.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class CallbackListener;
class QTimer;
struct AuthorizationRequest;

// How a run receives the identity when the platform's server, not the browser, brings it
// (企企's normal mode): a listener on the tenant's callback address that accepts this run's
// state once, and the rule for completing — when the callback has come and the browser has
// reached the redirect, or a grace period after the callback. A provider supplies one for such
// modes (Provider::callbackDelivery); the run only forwards what the browser saw.
class CallbackDelivery : public QObject {
    Q_OBJECT

public:
    // Turns an accepted callback's query into the identity.
    using Parse = std::function<Result<Identity>(const QUrlQuery &callback)>;

    // `platform` names the platform in the timeline; a callback is a GET of `path` that carries
    // `idParameter`.
    CallbackDelivery(const QString &platform, const QString &listenAddress, const QString &path,
                     const QString &idParameter, Parse parse, QObject *parent = nullptr);

    // Starts listening for `request`'s state; the error says why not.
    Status start(const AuthorizationRequest &request);
    // Stops waiting: nothing is delivered after this; later callbacks are answered 403.
    void stop();
    QUrl url() const;
    void setGrace(int milliseconds) { m_graceMs = milliseconds; }
    // The browser reached the redirect URI (with this run's state or none).
    void browserArrived();
    // Whether a pasted URL is a callback (it carries the identity) rather than a redirect.
    bool carriesIdentity(const QUrlQuery &query) const { return query.hasQueryItem(m_idParameter); }
    Result<Identity> parse(const QUrlQuery &callback) const { return m_parse(callback); }

signals:
    void stepAdded(const FlowStep &step);
    void delivered(const Result<Identity> &identity);

private:
    int handle(const QUrl &url); // the HTTP status to answer
    void completeWhenReady();
    void note(FlowStep::Status status, const QString &title, const QString &detail = {});

    QString m_platform;
    QString m_listenAddress;
    QString m_path;
    QString m_idParameter;
    Parse m_parse;
    QString m_stateParameter;
    QString m_state;
    CallbackListener *m_listener = nullptr;
    QTimer *m_graceTimer = nullptr;
    QUrlQuery m_callback; // the accepted callback's query
    bool m_callbackArrived = false;
    bool m_browserArrived = false;
    bool m_active = false;
    int m_graceMs = 5000;
};
