#include "run/SuiteSession.h"

#include "crypto/WeComCallbackCrypto.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "providers/WeComSuiteProvider.h"
#include "store/SecretStore.h"
#include "store/TenantStore.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace {
// "SuiteTicket abcd…(64 characters)": what a record may say of a credential.
QString shown(const QString &name, const QString &value) {
    return QStringLiteral("%1 %2…(%3)").arg(name, value.left(4)).arg(value.size());
}
} // namespace

SuiteSession::SuiteSession(const RunServices &services, const Tenant &tenant, QObject *parent)
    : QObject(parent), m_services(services), m_tenant(tenant),
      m_provider(dynamic_cast<const WeComSuiteProvider *>(Provider::find(tenant.provider))) {
}

void SuiteSession::open(std::function<void(const Status &)> done) {
    if (!m_provider)
        return done(Error::failed(tr("\"%1\" is not a WeCom service-provider app (its provider is %2).")
                                      .arg(m_tenant.name, m_tenant.provider)));
    TenantSecrets::read(m_services.secrets, m_tenant, this,
                        [this, done](const Result<TenantSecrets> &secrets) {
                            if (!secrets.ok())
                                return done(secrets.error());
                            m_secrets = secrets.value();
                            m_opened = true;
                            done(Done{});
                        });
}

ProviderContext SuiteSession::context() {
    ProviderContext context = m_services.providerContext(this, m_secrets.main, m_tenant.caBundle);
    context.otherSecrets = m_secrets.others;
    context.step = [this](FlowStep step) {
        step.detail = Redactor::text(step.detail);
        emit stepAdded(step);
    };
    context.keepSecret = [this](const QString &name, const QString &value,
                                std::function<void(const Status &)> kept) {
        m_services.secrets->write(SecretStore::keyFor(m_tenant.id, name), value, this,
                                  [kept](const SecretResult &written) {
                                      kept(written.ok() ? Status(Done{}) : Status(written.error()));
                                  });
    };
    return context;
}

void SuiteSession::note(FlowStep::Status status, const QString &title, const QString &detail) {
    emit stepAdded(FlowStep::make(status, title, Redactor::text(detail)));
}

Status SuiteSession::listen(const QString &address) {
    const QUrl url(m_tenant.setting(QStringLiteral("callback_url")));
    if (address.isEmpty() && url.isEmpty())
        return Error::failed(tr("\"%1\" has no callback URL to listen on.").arg(m_tenant.name),
                             tr("Set its Callback URL (e.g. http://127.0.0.1:8790/wecom/suite), or paste the "
                                "tickets your own server receives."));
    delete m_listener;
    m_listener =
        new CallbackListener([this](const CallbackListener::Request &request) { return handle(request); },
                             url.path().isEmpty() ? QStringLiteral("/") : url.path(), this);
    if (const Status listening = m_listener->listen(
            address.isEmpty() ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : address);
        !listening.ok())
        return listening;
    note(FlowStep::Status::Info, tr("Listening for WeCom's callbacks"), m_listener->url().toString());
    return Done{};
}

QUrl SuiteSession::callbackUrl() const {
    return m_listener ? m_listener->url() : QUrl();
}

CallbackListener::Reply SuiteSession::handle(const CallbackListener::Request &request) {
    if (!m_opened)
        return {503, {}};
    const Result<WeComCallbackCrypto::Opened> opened =
        WeComCallbackCrypto::open(m_secrets.others.value(QStringLiteral("callback_token")),
                                  m_secrets.others.value(QStringLiteral("encoding_aes_key")),
                                  request.url.query(QUrl::FullyEncoded), request.body);
    if (!opened.ok()) {
        note(FlowStep::Status::Error, tr("A callback was refused"), opened.errorText());
        return {403, {}};
    }
    const WeComCallbackCrypto::Opened &callback = opened.value();
    if (callback.urlVerification) {
        // WeCom verifies the URL with the provider's corpid as receiveid (§2); strict checks fail it.
        note(FlowStep::Status::Ok, tr("Callback URL verified"), tr("receiveid %1").arg(callback.receiveId));
        return {200, callback.message};
    }
    // `success` first, within WeCom's second; what the event asks for goes on afterwards.
    const QMap<QString, QString> fields = callback.fields;
    const QMap<QString, QString> credentials = callback.credentials;
    const QString receiveId = callback.receiveId;
    QMetaObject::invokeMethod(
        this, [this, fields, credentials, receiveId] { handleEvent(fields, credentials, receiveId); },
        Qt::QueuedConnection);
    return {200, QByteArrayLiteral("success")};
}

void SuiteSession::record(const QString &infoType, const QString &corpId, const QString &summary) {
    const SuiteCorps::Event event{QDateTime::currentDateTimeUtc(), infoType, corpId, summary};
    if (const Status recorded = m_services.suiteCorps.record(m_tenant.id, event); !recorded.ok())
        note(FlowStep::Status::Warning, tr("The event could not be recorded"), recorded.errorText());
    emit eventHandled(event);
}

void SuiteSession::handleEvent(const QMap<QString, QString> &fields,
                               const QMap<QString, QString> &credentials, const QString &receiveId) {
    const QString infoType = fields.value(QStringLiteral("InfoType"));
    const QString suiteId = fields.value(QStringLiteral("SuiteId"));
    const QString corpId = fields.value(QStringLiteral("AuthCorpId"));
    if (suiteId != m_tenant.setting(QStringLiteral("suite_id"))) {
        // Several suites sharing one callback URL overwrite each other's tickets (§6.5): not kept.
        note(FlowStep::Status::Warning, tr("An event of another suite"),
             tr("%1 for suite %2 (receiveid %3), not this tenant's %4: it is not kept.")
                 .arg(infoType, suiteId, receiveId, m_tenant.setting(QStringLiteral("suite_id"))));
        return;
    }
    if (infoType == QLatin1String("suite_ticket")) {
        const QString ticket = credentials.value(QStringLiteral("SuiteTicket"));
        keepTicket(ticket, tr("pushed"), [this](const Status &kept) {
            if (!kept.ok()) // the listener said "success" already: the admin must hear it here
                note(FlowStep::Status::Error, tr("The pushed suite_ticket could not be kept"),
                     kept.errorText());
        });
        return;
    }
    if (infoType == QLatin1String("create_auth") || infoType == QLatin1String("reset_permanent_code")) {
        const QString authCode = credentials.value(QStringLiteral("AuthCode"));
        record(infoType, corpId, shown(QStringLiteral("AuthCode"), authCode));
        note(FlowStep::Status::Info,
             infoType == QLatin1String("create_auth") ? tr("Installed from WeCom (create_auth)")
                                                      : tr("Secret reset in WeCom (reset_permanent_code)"),
             tr("exchanging the auth_code for the corp's permanent code"));
        m_provider->completeInstall(m_tenant, context(), authCode, [this](const Result<Identity> &installer) {
            if (!installer.ok())
                return note(FlowStep::Status::Error, tr("The install could not be completed"),
                            installer.errorText());
            adoptInstall(installer.value(), [this](const Status &adopted) {
                note(adopted.ok() ? FlowStep::Status::Ok : FlowStep::Status::Error,
                     adopted.ok() ? adopted.value().message : adopted.errorText());
            });
        });
        return;
    }
    if (infoType == QLatin1String("cancel_auth")) {
        // The corp took the app away: its permanent code no longer works (§2).
        m_services.suiteCorps.setStatus(m_tenant.id, corpId, QStringLiteral("cancelled"),
                                        tr("cancel_auth received"));
        record(infoType, corpId, tr("the corp cancelled the authorization"));
        note(FlowStep::Status::Warning, tr("Authorization cancelled (cancel_auth)"), corpId);
        return;
    }
    record(infoType, corpId,
           infoType == QLatin1String("change_auth") ? tr("the corp changed the authorization") : QString());
    note(FlowStep::Status::Info, tr("Event %1").arg(infoType), corpId);
}

void SuiteSession::keepTicket(const QString &ticket, const QString &how,
                              std::function<void(const Status &)> done) {
    if (ticket.trimmed().isEmpty())
        return done(Error::failed(tr("The suite_ticket is empty.")));
    Redactor::registerSecret(ticket);
    m_services.secrets->write(SecretStore::keyFor(m_tenant.id, WeComSuiteProvider::ticketName()),
                              ticket.trimmed(), this, [this, ticket, how, done](const SecretResult &written) {
                                  if (!written.ok())
                                      return done(written.error());
                                  m_secrets.others.insert(WeComSuiteProvider::ticketName(), ticket.trimmed());
                                  record(QStringLiteral("suite_ticket"), {},
                                         tr("%1, %2").arg(shown(QStringLiteral("SuiteTicket"), ticket), how));
                                  note(FlowStep::Status::Ok, tr("Newest suite_ticket kept in the keychain"),
                                       how);
                                  done(Done{});
                              });
}

void SuiteSession::adoptInstall(const Identity &installer, std::function<void(const Status &)> done) {
    SuiteCorps::Corp corp;
    corp.corpId = installer.extra.value(QStringLiteral("corpid")).toString();
    corp.name = installer.extra.value(QStringLiteral("corp_name")).toString();
    corp.agentId = installer.extra.value(QStringLiteral("agentid")).toString();
    corp.customized = installer.extra.value(QStringLiteral("customized")).toString() == QLatin1String("true");
    corp.installed = corp.checked = QDateTime::currentDateTimeUtc();
    corp.status = QStringLiteral("authorized");
    if (corp.corpId.isEmpty())
        return done(Error::failed(tr("The install named no corp.")));
    if (!corp.customized) {
        if (const Status saved = m_services.suiteCorps.save(m_tenant.id, corp); !saved.ok())
            return done(saved);
        return done(Done{
            tr("Installed in %1 (%2); its permanent code is in the keychain.").arg(corp.name, corp.corpId)});
    }
    // 代开发: the permanent code is the app's corpsecret, so the corp's app is a WeCom tenant of its own.
    Tenant app;
    if (const auto existing = m_services.tenants.find(tr("%1 · %2").arg(m_tenant.name, corp.name)))
        app = *existing;
    app.name = tr("%1 · %2").arg(m_tenant.name, corp.name);
    app.provider = WeComSuiteProvider::customizedAppProvider();
    app.settings.insert(QStringLiteral("corpid"), corp.corpId);
    app.settings.insert(QStringLiteral("agentid"), corp.agentId);
    app.redirectUri = m_tenant.redirectUri;
    app.demo = m_tenant.demo;
    app.caBundle = m_tenant.caBundle;
    const QMap<QString, QString> shared{{QStringLiteral("api"), QStringLiteral("api")},
                                        {QStringLiteral("oauth"), QStringLiteral("oauth")},
                                        {QStringLiteral("login"), QStringLiteral("login")},
                                        {QStringLiteral("sso"), QStringLiteral("install")}};
    for (auto it = shared.cbegin(); it != shared.cend(); ++it)
        if (m_tenant.endpoints.contains(it.value()))
            app.endpoints.insert(it.key(), m_tenant.endpoints.value(it.value()));
    corp.appTenant = app.name;
    m_services.secrets->read(
        SecretStore::keyFor(m_tenant.id, SuiteCorps::permanentCodeName(corp.corpId)), this,
        [this, app, corp, done](const SecretResult &code) {
            if (!code.ok())
                return done(code.error());
            m_services.saveTenant(app, code.value(), [this, app, corp, done](const Status &saved) {
                if (!saved.ok())
                    return done(saved);
                emit tenantSaved(app.name);
                if (const Status recorded = m_services.suiteCorps.save(m_tenant.id, corp); !recorded.ok())
                    return done(recorded);
                done(Done{
                    tr("Installed in %1 (%2) as a 代开发 app: tenant \"%3\" signs its members in with the "
                       "permanent code as its corpsecret.")
                        .arg(corp.name, corp.corpId, app.name)});
            });
        });
}

void SuiteSession::convertUserIds(const QString &corpId, const QStringList &userIds,
                                  std::function<void(const Result<QJsonObject> &)> done) {
    m_services.secrets->read(
        SecretStore::keyFor(m_tenant.id, SuiteCorps::permanentCodeName(corpId)), this,
        [this, corpId, userIds, done](const SecretResult &code) {
            if (!code.ok())
                return done(
                    code.error().is(Error::Kind::NotFound)
                        ? Error::failed(tr("AuthDesk holds no permanent code for corp %1: install the "
                                           "app there first.")
                                            .arg(corpId))
                        : code.error());
            // A corp token for this one conversion (§3.7), then the conversion with it (§4).
            m_provider->suiteCall(
                m_tenant, context(), QStringLiteral("/cgi-bin/service/get_corp_token"), {},
                {{QStringLiteral("auth_corpid"), corpId}, {QStringLiteral("permanent_code"), code.value()}},
                [this, userIds, done](const WeComProvider::ApiResult &token) {
                    if (!token.ok())
                        return done(token.error());
                    HttpRequest request = HttpRequest::postJson(
                        QStringLiteral("batch/userid_to_openuserid"),
                        m_provider->endpointUrl(
                            m_tenant, QStringLiteral("api"),
                            QStringLiteral("/cgi-bin/batch/userid_to_openuserid"),
                            {{QStringLiteral("access_token"),
                              token.value().value(QLatin1String("access_token")).toString()}}),
                        {{QStringLiteral("userid_list"), QJsonArray::fromStringList(userIds)}});
                    request.credentials = {QStringLiteral("access_token")};
                    context().sendJson(request, [done](const JsonReply &reply) {
                        const WeComProvider::ApiResult converted =
                            WeComProvider::envelope(QStringLiteral("batch/userid_to_openuserid"), reply);
                        if (!converted.ok())
                            return done(converted.error());
                        done(QJsonObject{{QStringLiteral("open_userid_list"),
                                          converted.value().value(QLatin1String("open_userid_list"))},
                                         {QStringLiteral("invalid_userid_list"),
                                          converted.value().value(QLatin1String("invalid_userid_list"))}});
                    });
                });
        });
}

void SuiteSession::convertCorpId(const QString &corpId, std::function<void(const Result<QString> &)> done) {
    m_provider->providerCall(m_tenant, context(), QStringLiteral("/cgi-bin/service/corpid_to_opencorpid"),
                             QStringLiteral("provider_access_token"), {{QStringLiteral("corpid"), corpId}},
                             [done](const WeComProvider::ApiResult &answer) {
                                 if (!answer.ok())
                                     return done(answer.error());
                                 done(answer.value().value(QLatin1String("open_corpid")).toString());
                             });
}

void SuiteSession::checkCorps(std::function<void(const Result<QList<SuiteCorps::Corp>> &)> done) {
    const QList<SuiteCorps::Corp> corps = m_services.suiteCorps.corps(m_tenant.id);
    auto remaining = std::make_shared<int>(int(corps.size()));
    if (corps.isEmpty())
        return done(corps);
    auto finishOne = [this, remaining, done] {
        if (--*remaining == 0)
            done(m_services.suiteCorps.corps(m_tenant.id));
    };
    for (const SuiteCorps::Corp &corp : corps) {
        m_services.secrets->read(
            SecretStore::keyFor(m_tenant.id, SuiteCorps::permanentCodeName(corp.corpId)), this,
            [this, corp, finishOne](const SecretResult &code) {
                if (!code.ok()) {
                    m_services.suiteCorps.setStatus(m_tenant.id, corp.corpId, QStringLiteral("unknown"),
                                                    code.errorText());
                    return finishOne();
                }
                m_provider->suiteCall(
                    m_tenant, context(), QStringLiteral("/cgi-bin/service/get_auth_info"), {},
                    {{QStringLiteral("auth_corpid"), corp.corpId},
                     {QStringLiteral("permanent_code"), code.value()}},
                    [this, corp, finishOne](const WeComProvider::ApiResult &info) {
                        const int errcode = info.ok() ? 0 : info.error().platformCode;
                        const QString status = info.ok()          ? QStringLiteral("authorized")
                                               : errcode == 48004 ? QStringLiteral("cancelled")
                                               : errcode == 40084 ? QStringLiteral("reset")
                                                                  : QStringLiteral("unknown");
                        m_services.suiteCorps.setStatus(m_tenant.id, corp.corpId, status,
                                                        info.ok() ? tr("get_auth_info answered")
                                                                  : info.errorText());
                        finishOne();
                    });
            });
    }
}
