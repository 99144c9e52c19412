#pragma once

#include "Identity.h"

#include <QWidget>

class CopyableTableView;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

// The identity that came out of a run: a field/value table and the raw provider JSON as a tree.
class IdentityView : public QWidget {
    Q_OBJECT

public:
    explicit IdentityView(QWidget *parent = nullptr);
    void showIdentity(const Identity &identity);
    // What a grant without a user gave (client credentials): what it says, and what the token is
    // (type, format, lifetime, scope, a JWT's header and claims), never the token.
    void showToken(const QString &message, const QJsonObject &described);
    void clear();
    // The selected lines of the raw answers as "path<TAB>value", one per line (what Copy copies).
    QString selectedJsonText() const;
    QTreeView *jsonTree() const { return m_tree; }
    QString fieldValue(const QString &field) const; // for tests and the status bar
    // The kept tokens' actions the platform offers (of refresh, introspect, revoke, logout), shown
    // when the tenant keeps tokens; `result` under them says what the last one did.
    void setTokenActions(const QStringList &offered, bool shown, bool enabled);
    void showTokenResult(const QString &result);

signals:
    // "refresh", "introspect", "revoke" or "logout"; `which` is "access" or "refresh".
    void tokenActionRequested(const QString &action, const QString &which);

private:
    QWidget *m_tokenBar;
    QComboBox *m_which;
    QLabel *m_tokenResult;
    QLabel *m_banner;
    QStandardItemModel *m_fields;
    QStandardItemModel *m_json;
    CopyableTableView *m_table;
    QTreeView *m_tree;
};
