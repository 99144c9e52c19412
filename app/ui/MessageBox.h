#pragma once

#include <QMessageBox>
#include <optional>

// Every message box of the console goes through here, so that a test can answer the next one
// (KeePassXC's MessageBox::setNextAnswer): with an answer set, no box is shown and the call
// returns that answer at once. The texts are always shown as plain text: they may carry what a
// platform answered, which must never be rendered as HTML.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // A question answered by one of `answers`, each a button with its own label ("Keep mappings");
    // closing the box answers Cancel, which should be among them.
    using Answers = QList<QPair<QMessageBox::StandardButton, QString>>;
    static QMessageBox::StandardButton choose(QWidget *parent, const QString &title, const QString &text,
                                              const Answers &answers,
                                              QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // The answer of the next message box, for tests; it is used once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // What the last message box said (title and text), and its default answer, for tests.
    static QString lastText();
    static QMessageBox::StandardButton lastDefault();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, const Answers &answers,
                                            QMessageBox::StandardButton defaultButton);
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
    static QMessageBox::StandardButton s_lastDefault;
};
