#pragma once

#include "Tenant.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

class FlowRun;
class Workspace;

namespace TestSupport {
// A WeCom tenant whose every endpoint is the sandbox at `sandbox`.
Tenant wecomTenant(const QUrl &sandbox, const QString &name = QStringLiteral("acme"),
                   const QString &redirectUri = QStringLiteral("https://app.example.com/sso/callback"));
// Saves the tenant with the sandbox's corpsecret (or `secret`) through the real keychain.
bool saveTenant(Workspace &workspace, Tenant &tenant, const QString &secret = {});
// GETs an authorization URL without following redirects and returns the Location it answers:
// what a browser would be sent to once the (auto-approving) sandbox user confirms.
QUrl redirectFrom(const QUrl &authorizationUrl);
// Waits until the run has finished; returns whether it succeeded.
bool waitFinished(FlowRun &run, int timeoutMs = 20000);
// Every file under dir, concatenated (binary safe), for secret scans.
QByteArray readTree(const QString &dir);
} // namespace TestSupport
