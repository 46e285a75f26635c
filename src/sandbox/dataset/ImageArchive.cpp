// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ImageArchive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>

namespace deai::sandbox {

namespace {

constexpr qint64 kMaxImageBytes = 64 * 1024 * 1024;
constexpr int kMaxImages = 200000;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::ImageArchive", text);
}

bool isImageName(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
           || suffix == QLatin1String("bmp");
}

int channelsOf(const QImage &image)
{
    if (image.hasAlphaChannel())
        return 4;
    return image.isGrayscale() ? 1 : 3;
}

} // namespace

std::variant<QList<ImageSample>, QString> ImageArchive::read(const QString &zipPath,
                                                             const ImageVisitor &visit)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return tr("x_train is not a ZIP archive; upload a ZIP of PNG, JPEG or BMP images.");

    QList<ImageSample> samples;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (name.endsWith(QLatin1Char('/')) || !isImageName(name) || name.startsWith(QLatin1String("__MACOSX/")))
            continue;
        QuaZipFile entry(&zip);
        if (entry.usize() > kMaxImageBytes || !entry.open(QIODevice::ReadOnly))
            return tr("The image \"%1\" in the ZIP cannot be read.").arg(name);
        const QImage image = QImage::fromData(entry.readAll());
        entry.close();
        if (image.isNull())
            return tr("The file \"%1\" in the ZIP is not a readable PNG, JPEG or BMP image.").arg(name);
        if (visit)
            visit(name, image);

        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        samples.append(ImageSample{name, slash < 0 ? QString() : name.left(slash), image.width(), image.height(),
                                   channelsOf(image)});
        if (samples.size() > kMaxImages)
            return tr("The ZIP holds more than %1 images; the sandbox trains on smaller sets.").arg(kMaxImages);
    }
    if (samples.isEmpty())
        return tr("The ZIP holds no PNG, JPEG or BMP images.");
    std::sort(samples.begin(), samples.end(),
              [](const ImageSample &a, const ImageSample &b) { return a.path < b.path; });
    return samples;
}

} // namespace deai::sandbox
