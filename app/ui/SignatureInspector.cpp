#include "SignatureInspector.h"

#include "net/HttpExchange.h"

#include "crypto/SigV4.h"
#include "providers/Provider.h"
#include "providers/SigningProfile.h"
#include "store/SecretStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
QPlainTextEdit *monospace(const QString &name, bool readOnly, QWidget *parent) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(readOnly);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QLineEdit *line(const QString &name, const QString &text, QWidget *parent) {
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}
} // namespace

SignatureInspector::SignatureInspector(SecretStore *secrets, const std::optional<Tenant> &tenant,
                                       QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_method(new QComboBox(this)),
      m_url(line(QStringLiteral("urlEdit"), QStringLiteral("https://api2.77hub.com/v1/code"), this)),
      m_headers(monospace(QStringLiteral("headersEdit"), false, this)),
      m_body(monospace(QStringLiteral("bodyEdit"), false, this)),
      m_date(line(QStringLiteral("dateEdit"), SigV4::amzDate(QDateTime::currentDateTimeUtc()), this)),
      m_region(line(QStringLiteral("regionEdit"), QStringLiteral("cn-northwest-1"), this)),
      m_service(line(QStringLiteral("serviceEdit"), QStringLiteral("execute-api"), this)),
      m_accessKeyId(line(QStringLiteral("accessKeyIdEdit"), {}, this)),
      m_secret(line(QStringLiteral("secretEdit"), {}, this)),
      m_canonical(monospace(QStringLiteral("canonicalRequest"), true, this)),
      m_stringToSign(monospace(QStringLiteral("stringToSign"), true, this)),
      m_authorization(monospace(QStringLiteral("authorization"), true, this)),
      m_signedHeaders(new QLabel(this)), m_warnings(new QLabel(this)) {
    m_signedHeaders->setObjectName(QStringLiteral("signedHeaders"));
    m_signedHeaders->setTextFormat(Qt::PlainText);
    m_signedHeaders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setObjectName(QStringLiteral("signatureWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color:#c5221f"));
    setWindowTitle(tr("Signature inspector (SigV4)"));
    m_method->setObjectName(QStringLiteral("methodCombo"));
    m_method->setEditable(true);
    m_method->addItems(
        {QStringLiteral("POST"), QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("DELETE")});
    m_headers->setPlaceholderText(
        tr("One header per line, Name: value. Host comes from the URL unless given."));
    m_headers->setPlainText(QStringLiteral("Content-Type: application/json\nAccess-Key-Id: \nX-Amz-Date: ") +
                            m_date->text());
    m_body->setPlaceholderText(tr("Request body (empty for none)"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("secretAccessKey (kept in memory only)"));
    m_headers->setMaximumHeight(110);
    m_body->setMaximumHeight(80);

    auto *form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Headers"), m_headers);
    form->addRow(tr("Body"), m_body);
    form->addRow(tr("Date (X-Amz-Date)"), m_date);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Service"), m_service);
    form->addRow(tr("accessKeyId"), m_accessKeyId);
    form->addRow(tr("secretAccessKey"), m_secret);
    auto *input = new QGroupBox(tr("Request"), this);
    input->setLayout(form);

    auto *output = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[label, edit] :
         {std::pair{tr("Canonical request"), m_canonical}, std::pair{tr("String to sign"), m_stringToSign},
          std::pair{tr("Authorization header"), m_authorization}}) {
        outputLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(label), output));
        outputLayout->addWidget(edit);
    }
    m_authorization->setMaximumHeight(70);
    outputLayout->addWidget(m_signedHeaders);
    outputLayout->addWidget(m_warnings);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(input);
    split->addWidget(output);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1150, 640);

    for (QLineEdit *edit : {m_url, m_date, m_region, m_service, m_accessKeyId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &SignatureInspector::recompute);
    for (QPlainTextEdit *edit : {m_headers, m_body})
        connect(edit, &QPlainTextEdit::textChanged, this, &SignatureInspector::recompute);
    connect(m_method, &QComboBox::currentTextChanged, this, &SignatureInspector::recompute);
    if (const Provider *provider = tenant ? Provider::find(tenant->provider) : nullptr)
        if (const auto profile = provider->signingProfile(*tenant))
            fillFromTenant(*tenant, *profile);
    recompute();
}

void SignatureInspector::fillFromTenant(const Tenant &tenant, const SigningProfile &profile) {
    m_method->setCurrentText(QString::fromLatin1(profile.method));
    m_url->setText(profile.url.toString());
    m_region->setText(profile.region);
    m_service->setText(profile.service);
    m_accessKeyId->setText(profile.accessKeyId);
    QStringList headers;
    for (const auto &header : profile.headers)
        headers << QString::fromLatin1(header.first + ": " + header.second);
    headers << QStringLiteral("X-Amz-Date: ") + m_date->text();
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    m_body->setPlainText(QString::fromUtf8(profile.body));
    m_secrets->read(SecretStore::keyFor(tenant.id, profile.secretName), this,
                    [this](const SecretResult &secret) {
                        if (secret.ok())
                            m_secret->setText(secret.value());
                    });
}

void SignatureInspector::recompute() {
    SigV4::Request request{m_method->currentText().trimmed().toUtf8(),
                           QUrl(m_url->text().trimmed()),
                           {},
                           m_body->toPlainText().toUtf8()};
    for (const QString &text : m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int colon = text.indexOf(QLatin1Char(':'));
        if (colon > 0)
            request.headers.append({text.left(colon).trimmed().toUtf8(), text.mid(colon + 1).toUtf8()});
    }
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        m_canonical->setPlainText(tr("Enter an absolute URL."));
        m_stringToSign->clear();
        m_authorization->clear();
        return;
    }
    const SigV4::Signature signature = SigV4::sign(request,
                                                   {m_accessKeyId->text().trimmed(), m_secret->text(),
                                                    m_region->text().trimmed(), m_service->text().trimmed()},
                                                   m_date->text().trimmed());
    m_canonical->setPlainText(signature.canonicalRequest);
    m_stringToSign->setPlainText(signature.stringToSign);
    m_authorization->setPlainText(signature.authorization);
    m_signedHeaders->setText(tr("Signed headers: %1").arg(signature.signedHeaders));
    QStringList problems;
    for (const auto &header : request.headers)
        if (header.second.trimmed().isEmpty())
            problems << tr("The %1 header is empty: it is signed as an empty value, and the platform will "
                           "compute another signature if it expects one.")
                            .arg(QString::fromUtf8(header.first));
    if (m_accessKeyId->text().trimmed().isEmpty())
        problems << tr("The accessKeyId is empty: the credential names no key, which the platform refuses.");
    if (m_secret->text().isEmpty())
        problems << tr("The secretAccessKey is empty: the signature is computed with an empty key.");
    m_warnings->setText(problems.join(QLatin1Char('\n')));
}

QString SignatureInspector::signedHeaders() const {
    return m_signedHeaders->text();
}

QString SignatureInspector::warnings() const {
    return m_warnings->text();
}

void SignatureInspector::loadExchange(const HttpExchange &exchange) {
    m_method->setCurrentText(QString::fromLatin1(exchange.method));
    m_url->setText(exchange.url.toString());
    QStringList headers;
    for (const auto &header : exchange.requestHeaders) {
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue; // what is being inspected; and redacted in the capture anyway
        if (header.first.compare("X-Amz-Date", Qt::CaseInsensitive) == 0)
            m_date->setText(QString::fromLatin1(header.second));
        headers << QString::fromLatin1(header.first) + QStringLiteral(": ") +
                       QString::fromUtf8(header.second);
    }
    m_headers->setPlainText(headers.join(QLatin1Char('\n')));
    m_body->setPlainText(QString::fromUtf8(exchange.requestBody));
    recompute();
}

QString SignatureInspector::canonicalRequest() const {
    return m_canonical->toPlainText();
}
QString SignatureInspector::stringToSign() const {
    return m_stringToSign->toPlainText();
}
QString SignatureInspector::authorization() const {
    return m_authorization->toPlainText();
}
QLineEdit *SignatureInspector::field(const QString &objectName) const {
    return findChild<QLineEdit *>(objectName);
}
QPlainTextEdit *SignatureInspector::textField(const QString &objectName) const {
    return findChild<QPlainTextEdit *>(objectName);
}
