#pragma once

#include <QString>
#include <QUrl>

// The user's own browser (RFC 8252: passkeys, device compliance, the user's session at the
// provider). The BROWSER environment variable names it when set, as for other Unix programs: the
// first of its colon-separated commands, with %s replaced by the URL or the URL added as the last
// argument; otherwise the desktop's default (QDesktopServices).
namespace SystemBrowser {
// False with *error when nothing could be started.
bool open(const QUrl &url, QString *error);
} // namespace SystemBrowser
