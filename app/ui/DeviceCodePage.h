#pragma once

#include "providers/Provider.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

// What the user of a device sign-in needs, where the authorization page would be: the user
// code large, where to enter it (also as a QR code of the address with the code in it, for a
// phone), and how long the code lasts.
class DeviceCodePage : public QWidget {
    Q_OBJECT

public:
    explicit DeviceCodePage(QWidget *parent = nullptr);
    void showAuthorization(const DeviceAuthorization &authorization);
    // The run ended: the code is no longer of use.
    void finish(const QString &outcome);
    QString userCode() const;
    // Whether a QR code is shown (the provider gave verification_uri_complete).
    bool showsQrCode() const;

private:
    void updateCountdown();

    QLabel *m_intro;
    QLabel *m_uri;
    QLabel *m_code;
    QLabel *m_scan;
    QLabel *m_qr;
    QLabel *m_countdown;
    QTimer *m_ticker;
    QDateTime m_expires;
};
