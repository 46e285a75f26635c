// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>

#include <quazip.h>
#include <quazipfile.h>

// Small datasets the sandbox accepts. `variant` changes the content, so that
// each test can have files no other test uploaded before.
namespace deai::test {
namespace detail {

inline constexpr int kImagesPerClass = 6;

inline QString imageName(int index)
{
    return QStringLiteral("image%1.png").arg(index, 3, 10, QLatin1Char('0'));
}

inline QByteArray pngBytes(int index, int variant)
{
    // Dark images are class 0, bright ones class 1; the variant moves a pixel.
    QImage image(8, 8, QImage::Format_Grayscale8);
    const bool bright = index >= kImagesPerClass;
    image.fill(bright ? 200 + index : 20 + index);
    image.setPixel(variant % 8, 0, qRgb(128, 128, 128));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline QString writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

} // namespace detail

inline QString writeImagesZip(const QString &folder, int variant)
{
    const QString path = QDir(folder).filePath(QStringLiteral("images%1.zip").arg(variant));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (int i = 0; i < 2 * detail::kImagesPerClass; ++i) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(detail::imageName(i))))
            return {};
        entry.write(detail::pngBytes(i, variant));
        entry.close();
    }
    zip.close();
    return zip.getZipError() == 0 ? path : QString();
}

inline QString writeImageLabelsCsv(const QString &folder, int variant)
{
    QByteArray csv = "file,label\n";
    for (int i = 0; i < 2 * detail::kImagesPerClass; ++i)
        csv += detail::imageName(i).toUtf8() + (i >= detail::kImagesPerClass ? ",bright\n" : ",dark\n");
    return detail::writeText(QDir(folder).filePath(QStringLiteral("labels%1.csv").arg(variant)), csv);
}

inline QString writeSeriesCsv(const QString &folder, int variant)
{
    QByteArray csv = "date,temperature,pressure\n";
    for (int row = 0; row < 240; ++row) {
        csv += QByteArray::number(1700000000 + row * 600) + ','
            + QByteArray::number(10 + (row % 24) * 0.5 + variant, 'f', 2) + ','
            + QByteArray::number(1000 + row % 7) + '\n';
    }
    return detail::writeText(QDir(folder).filePath(QStringLiteral("series%1.csv").arg(variant)), csv);
}

} // namespace deai::test
