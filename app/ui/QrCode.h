#pragma once

#include <QImage>
#include <QString>

// A QR code of `text` made by libqrencode (error correction M), as a black-on-white image with
// `moduleSize` pixels a module and the four-module quiet zone around it; a null image when the
// text does not fit a QR code.
QImage qrCodeImage(const QString &text, int moduleSize);
