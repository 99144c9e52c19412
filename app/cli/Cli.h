#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Workspace;
struct StoreUrl;

// The command-line verbs (see README), on top of core, and of the UI's browser for `authorize`.
// The composition root (Application) decides between them and the console.
namespace CommandLine {
enum ExitCode { Success = 0, Failed = 1, Usage = 2, Environment = 3 };

// Runs the verb of `arguments` (the whole command line) with the workspace; the exit code.
int run(Workspace &workspace, const QStringList &arguments);
// `authdesk sign …`, which needs no workspace.
int sign(const QStringList &arguments);
// Whether the verb needs the embedded browser (and so a QApplication).
bool needsBrowser(const QStringList &arguments);
// Whether `arguments` name a verb this program has (the options after it are the verb's).
bool isVerb(const QStringList &arguments);
// The usage text, generated from the verbs and the providers' declared settings and modes.
QString usage();
// The man page's VERBS section (roff): each verb's synopsis and summary, from the registry; the
// build puts it into resources/authdesk.1.in (`authdesk --man-verbs`).
QString manPageVerbs();
// The usage of the verb `arguments` name (`authdesk VERB --help`).
QString usageFor(const QStringList &arguments);
// --verbose: the embedded browser's own log lines reach standard error; otherwise they go to a
// debug log (browser.log in the cache directory) and a failure is AuthDesk's one line alone.
void setVerbose(bool verbose);
// Failures are one line on stderr, so that scripts can show them as they are; returns `code`.
int failWith(int code, const QString &message);
// One line (redacted) on the real standard error, even while the browser's log is diverted.
void sayOnStderr(const QString &text);
// Opens the store; a PostgreSQL store's password comes from the admin's keychain. A failure says
// what is wrong and what to do; *needsPassword when the keychain holds none.
Status openStore(Workspace &workspace, const StoreUrl &url, bool *needsPassword = nullptr);
// `authdesk store login|migrate …`, which open stores of their own; `store` is --store's value.
int store(const QStringList &arguments, const QString &store);
} // namespace CommandLine
