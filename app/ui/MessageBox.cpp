#include "MessageBox.h"

#include <QPushButton>

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
QString MessageBox::s_lastText;
QMessageBox::StandardButton MessageBox::s_lastDefault = QMessageBox::NoButton;

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, const Answers &answers,
                                             QMessageBox::StandardButton defaultButton) {
    s_lastText = title + QLatin1Char('\n') + text;
    s_lastDefault = defaultButton;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    for (const auto &[button, label] : answers) {
        box.addButton(button);
        if (!label.isEmpty())
            box.button(button)->setText(label);
    }
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Question, title, text, {{QMessageBox::Yes, {}}, {QMessageBox::No, {}}},
                defaultButton);
}

QMessageBox::StandardButton MessageBox::choose(QWidget *parent, const QString &title, const QString &text,
                                               const Answers &answers,
                                               QMessageBox::StandardButton defaultButton) {
    return show(parent, QMessageBox::Question, title, text, answers, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text) {
    show(parent, QMessageBox::Warning, title, text, {{QMessageBox::Ok, {}}}, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text) {
    show(parent, QMessageBox::Information, title, text, {{QMessageBox::Ok, {}}}, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer) {
    s_nextAnswer = answer;
}

QString MessageBox::lastText() {
    return s_lastText;
}

QMessageBox::StandardButton MessageBox::lastDefault() {
    return s_lastDefault;
}
