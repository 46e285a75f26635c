// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builders for the dataset inspection tests: every dataset is generated on the fly.
// QuaZip's headers are not exported by deai-core, so they are reached through their
// versioned folder under the system include path.
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QString>
#include <QuaZip-Qt6-1.4/quazip/quazip.h>
#include <QuaZip-Qt6-1.4/quazip/quazipfile.h>
#include <QuaZip-Qt6-1.4/quazip/quazipnewinfo.h>

namespace deai::test {

inline QByteArray encodeImage(const QImage &image, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A grey ramp whose brightest pixel is exactly `maxValue`.
inline QImage greyImage(QSize size, int maxValue)
{
    QImage image(size, QImage::Format_Grayscale8);
    for (int y = 0; y < size.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < size.width(); ++x)
            line[x] = uchar((x + y) % (maxValue + 1));
    }
    image.scanLine(0)[0] = uchar(maxValue);
    return image;
}

inline QImage colourImage(QSize size, QRgb brightest, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(size, format);
    image.fill(qRgba(10, 20, 30, 255));
    image.setPixel(size.width() - 1, size.height() - 1, brightest);
    return image;
}

// Writes entries one at a time, so a test can build a large archive without holding it.
class ZipBuilder
{
public:
    explicit ZipBuilder(const QString &path)
        : m_zip(path)
    {
        m_open = m_zip.open(QuaZip::mdCreate);
    }
    ~ZipBuilder() { close(); }

    bool add(const QString &name, const QByteArray &bytes)
    {
        QuaZipFile file(&m_zip);
        if (!m_open || !file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const bool written = file.write(bytes) == bytes.size();
        file.close();
        return written && file.getZipError() == UNZ_OK;
    }

    bool close()
    {
        if (!m_open)
            return false;
        m_open = false;
        m_zip.close();
        return m_zip.getZipError() == UNZ_OK;
    }

private:
    QuaZip m_zip;
    bool m_open = false;
};

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace deai::test
