// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QStringView>
#include <optional>

namespace deai {

struct ImageStats
{
    QSize size;
    int channels = 0;      // 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA
    int maxPixelValue = 0; // 255 for a full 8-bit range, up to 65535 for 16-bit images
};

bool hasImageExtension(QStringView fileName);
// Recognises PNG, JPEG and BMP by their first bytes, whatever the file is called.
bool hasImageSignature(QByteArrayView firstBytes);

// Decodes one encoded image. Returns nothing when the bytes are not a readable image.
// `decoded` receives the image so the caller can make a thumbnail without decoding twice.
std::optional<ImageStats> probeImage(const QByteArray &encoded, QImage *decoded = nullptr);

// The channel count the encoder stored, which for PNG is exact even when Qt decodes
// into a wider format; other formats fall back to what the decoded image holds.
int channelCountOf(const QImage &image, QByteArrayView encoded);
int maxPixelValueOf(const QImage &image, int channels);

} // namespace deai
