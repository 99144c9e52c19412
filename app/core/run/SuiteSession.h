#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Result.h"
#include "Tenant.h"
#include "net/CallbackListener.h"
#include "providers/TenantSecrets.h"
#include "run/RunServices.h"
#include "store/SuiteCorps.h"

#include <QObject>
#include <QPointer>
#include <functional>

class WeComSuiteProvider;

// What an admin does with a WeCom service-provider app (a wecom_suite tenant, PROVIDERS §8)
// besides its sign-ins: its callback received (URL verification, events verified and decrypted,
// `success` answered at once), the newest suite_ticket kept in the keychain (pushed or pasted),
// installs adopted (the corp recorded; a 代开发 install made into a WeCom tenant of the corp whose
// secret is the permanent code), and each corp's authorization checked.
class SuiteSession : public QObject {
    Q_OBJECT

public:
    SuiteSession(const RunServices &services, const Tenant &tenant, QObject *parent = nullptr);

    // Reads the tenant's secrets (callback Token and EncodingAESKey among them); every other call
    // needs them. `done` says why not when they cannot be read.
    void open(std::function<void(const Status &)> done);
    // Listens on the tenant's callback URL (its host and port; a loopback URL, or `address`
    // HOST:PORT when given) until the session ends.
    Status listen(const QString &address = {});
    QUrl callbackUrl() const;
    const Tenant &tenant() const { return m_tenant; }
    // What the callback URL answers a request: the echostr's plaintext for URL verification,
    // `success` for an event that verified and decrypted (handled after the answer), an error
    // status otherwise.
    CallbackListener::Reply handle(const CallbackListener::Request &request);
    // Keeps `ticket` as the suite's newest; `how` says where it came from ("pasted", "pushed").
    void keepTicket(const QString &ticket, const QString &how, std::function<void(const Status &)> done);
    // After a successful install (a run of mode "install", or a create_auth event): the corp
    // recorded, and for a 代开发 template its WeCom tenant saved. `done` gets a line saying what.
    void adoptInstall(const Identity &installer, std::function<void(const Status &)> done);
    // get_auth_info for each recorded corp with its permanent code: authorized, cancelled (48004)
    // or reset (40084); each status recorded.
    void checkCorps(std::function<void(const Result<QList<SuiteCorps::Corp>> &)> done);

    // The corp's own userids as this provider's open_userid (batch/userid_to_openuserid with a
    // corp token from the corp's permanent code): the converted and the invalid, as WeCom lists them.
    void convertUserIds(const QString &corpId, const QStringList &userIds,
                        std::function<void(const Result<QJsonObject> &)> done);
    // A corp's own corpid as this provider's (corpid_to_opencorpid, with the provider's token).
    void convertCorpId(const QString &corpId, std::function<void(const Result<QString> &)> done);

signals:
    void stepAdded(const FlowStep &step);
    // An event handled (its summary never holds a credential).
    void eventHandled(const SuiteCorps::Event &event);
    // A tenant was saved: the WeCom tenant of a 代开发 install.
    void tenantSaved(const QString &name);

private:
    ProviderContext context();
    void note(FlowStep::Status status, const QString &title, const QString &detail = {});
    void handleEvent(const QMap<QString, QString> &fields, const QMap<QString, QString> &credentials,
                     const QString &receiveId);
    void record(const QString &infoType, const QString &corpId, const QString &summary);

    RunServices m_services;
    Tenant m_tenant;
    const WeComSuiteProvider *m_provider;
    TenantSecrets m_secrets;
    bool m_opened = false;
    CallbackListener *m_listener = nullptr;
};
