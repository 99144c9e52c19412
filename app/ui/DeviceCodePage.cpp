#include "DeviceCodePage.h"

#include "QrCode.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

DeviceCodePage::DeviceCodePage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_uri(new QLabel(this)), m_code(new QLabel(this)),
      m_qr(new QLabel(this)), m_countdown(new QLabel(this)), m_ticker(new QTimer(this)) {
    setObjectName(QStringLiteral("deviceCodePage"));
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignCenter);
    m_uri->setObjectName(QStringLiteral("deviceVerificationUri"));
    m_uri->setAlignment(Qt::AlignCenter);
    m_uri->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_uri->setOpenExternalLinks(true);
    m_uri->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("deviceUserCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    large.setPointSize(34);
    large.setBold(true);
    m_code->setFont(large);
    m_qr->setObjectName(QStringLiteral("deviceQrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_countdown->setObjectName(QStringLiteral("deviceCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    auto *copy = new QPushButton(tr("Copy the code"), this);
    copy->setObjectName(QStringLiteral("copyUserCodeButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_code->text()); });
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(copy);
    copyRow->addStretch();
    auto *enter = new QLabel(tr("and enter this code:"), this);
    enter->setAlignment(Qt::AlignCenter);
    m_scan = new QLabel(tr("or scan this with a phone's camera:"), this);
    m_scan->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_intro);
    layout->addWidget(m_uri);
    layout->addWidget(enter);
    layout->addWidget(m_code);
    layout->addLayout(copyRow);
    layout->addSpacing(12);
    layout->addWidget(m_scan);
    layout->addWidget(m_qr);
    layout->addSpacing(12);
    layout->addWidget(m_countdown);
    layout->addStretch();
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &DeviceCodePage::updateCountdown);
}

void DeviceCodePage::showAuthorization(const DeviceAuthorization &authorization) {
    m_intro->setText(tr("On a phone or another computer, open"));
    const QString uri = authorization.verificationUri.toString();
    m_uri->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(uri.toHtmlEscaped()));
    m_code->setText(authorization.userCode);
    const QImage qr = authorization.verificationUriComplete.isEmpty()
                          ? QImage()
                          : qrCodeImage(authorization.verificationUriComplete.toString(), 5);
    m_qr->setPixmap(qr.isNull() ? QPixmap() : QPixmap::fromImage(qr));
    m_qr->setToolTip(qr.isNull() ? QString()
                                 : tr("Scan to open %1 with the code filled in")
                                       .arg(authorization.verificationUriComplete.toString()));
    m_qr->setVisible(!qr.isNull());
    m_scan->setVisible(!qr.isNull());
    m_expires = authorization.expiresInSeconds > 0
                    ? QDateTime::currentDateTimeUtc().addSecs(authorization.expiresInSeconds)
                    : QDateTime();
    updateCountdown();
    m_ticker->start();
}

void DeviceCodePage::finish(const QString &outcome) {
    m_ticker->stop();
    m_countdown->setText(outcome);
}

QString DeviceCodePage::userCode() const {
    return m_code->text();
}

bool DeviceCodePage::showsQrCode() const {
    return !m_qr->pixmap().isNull();
}

void DeviceCodePage::updateCountdown() {
    if (!m_expires.isValid()) {
        m_countdown->setText(tr("Waiting for the sign-in…"));
        return;
    }
    const qint64 left = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expires));
    m_countdown->setText(tr("The code expires in %1:%2. Waiting for the sign-in…")
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QLatin1Char('0')));
}
