// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ImageProbe.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>
#include <limits>

namespace deai {

namespace {

constexpr QByteArrayView pngSignature("\x89PNG\r\n\x1a\n", 8);

std::optional<int> pngChannelCount(QByteArrayView encoded)
{
    // IHDR is always the first chunk: signature, length, "IHDR", width, height, depth, type.
    constexpr qsizetype colourTypeOffset = 25;
    if (!encoded.startsWith(pngSignature) || encoded.size() <= colourTypeOffset ||
        encoded.sliced(12, 4) != QByteArrayView("IHDR"))
        return std::nullopt;

    switch (static_cast<unsigned char>(encoded.at(colourTypeOffset))) {
    case 0:
        return 1;
    case 2:
        return 3;
    case 4:
        return 2;
    case 6:
        return 4;
    default:
        return std::nullopt; // palette: depends on the palette's colours
    }
}

bool isSixteenBitFormat(QImage::Format format)
{
    return format == QImage::Format_RGBX64 || format == QImage::Format_RGBA64 ||
           format == QImage::Format_RGBA64_Premultiplied;
}

// Largest sample of a one-channel image whose samples are `Sample`s.
template<typename Sample>
int maxOfGreySamples(const QImage &image)
{
    constexpr int ceiling = std::numeric_limits<Sample>::max();
    int maxValue = 0;
    for (int y = 0; y < image.height() && maxValue < ceiling; ++y) {
        const auto *line = reinterpret_cast<const Sample *>(image.constScanLine(y));
        maxValue = std::max<int>(maxValue, *std::max_element(line, line + image.width()));
    }
    return maxValue;
}

// Largest of the components `largestOf` picks from each pixel of a packed colour image.
template<typename Pixel, typename LargestOf>
int maxOfColourPixels(const QImage &image, int ceiling, LargestOf largestOf)
{
    int maxValue = 0;
    for (int y = 0; y < image.height() && maxValue < ceiling; ++y) {
        const auto *line = reinterpret_cast<const Pixel *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            maxValue = std::max(maxValue, largestOf(line[x]));
    }
    return maxValue;
}

int maxOfRgba64(const QImage &image, bool withAlpha)
{
    return maxOfColourPixels<QRgba64>(
        image.convertToFormat(QImage::Format_RGBA64), 0xffff, [withAlpha](QRgba64 pixel) {
            return std::max({int(pixel.red()), int(pixel.green()), int(pixel.blue()),
                             withAlpha ? int(pixel.alpha()) : 0});
        });
}

int maxOfArgb32(const QImage &image, bool withAlpha)
{
    return maxOfColourPixels<
        QRgb>(image.convertToFormat(QImage::Format_ARGB32), 0xff, [withAlpha](QRgb pixel) {
        return std::max({qRed(pixel), qGreen(pixel), qBlue(pixel), withAlpha ? qAlpha(pixel) : 0});
    });
}

} // namespace

bool hasImageExtension(QStringView fileName)
{
    for (const char *suffix : {".png", ".jpg", ".jpeg", ".bmp"}) {
        if (fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool hasImageSignature(QByteArrayView firstBytes)
{
    return firstBytes.startsWith(pngSignature) || firstBytes.startsWith("\xFF\xD8\xFF") ||
           firstBytes.startsWith("BM");
}

int channelCountOf(const QImage &image, QByteArrayView encoded)
{
    if (const auto fromHeader = pngChannelCount(encoded))
        return *fromHeader;

    const bool grey = image.isGrayscale();
    if (image.hasAlphaChannel())
        return grey ? 2 : 4;
    return grey ? 1 : 3;
}

int maxPixelValueOf(const QImage &image, int channels)
{
    const bool withAlpha = channels == 2 || channels == 4;
    if (image.format() == QImage::Format_Grayscale16)
        return maxOfGreySamples<quint16>(image);
    if (isSixteenBitFormat(image.format()))
        return maxOfRgba64(image, withAlpha);
    if (channels == 1)
        return maxOfGreySamples<uchar>(image.convertToFormat(QImage::Format_Grayscale8));
    return maxOfArgb32(image, withAlpha);
}

std::optional<ImageStats> probeImage(const QByteArray &encoded, QImage *decoded)
{
    QByteArray bytes = encoded; // QBuffer needs a non-const array; this only shares it
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;

    ImageStats stats;
    stats.size = image.size();
    stats.channels = channelCountOf(image, encoded);
    stats.maxPixelValue = maxPixelValueOf(image, stats.channels);
    if (decoded)
        *decoded = std::move(image);
    return stats;
}

} // namespace deai
