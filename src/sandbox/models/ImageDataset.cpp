// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImageDataset.h"

#include <QImage>

namespace deai::sandbox {

std::vector<float> imagePixels(const QImage &image, int channels, double scaleRatio,
                               QSize workingSize)
{
    if (image.isNull() || workingSize.isEmpty())
        return {};

    const bool grey = channels == 1;
    const QImage scaled = image.scaled(workingSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(grey ? QImage::Format_Grayscale8
                                                    : QImage::Format_RGB888);
    const int valuesPerRow = scaled.width() * (grey ? 1 : 3);
    const float divisor = scaleRatio > 0 ? float(scaleRatio) : 255.0F;

    std::vector<float> pixels;
    pixels.reserve(size_t(valuesPerRow) * size_t(scaled.height()));
    for (int y = 0; y < scaled.height(); ++y) {
        const uchar *row = scaled.constScanLine(y);
        for (int x = 0; x < valuesPerRow; ++x)
            pixels.push_back(float(row[x]) / divisor);
    }
    return pixels;
}

int imageFeatureCount(int channels, QSize workingSize)
{
    return workingSize.width() * workingSize.height() * (channels == 1 ? 1 : 3);
}

ImageDataset::ImageDataset(int featureCount, QStringList classNames)
    : m_featureCount(featureCount > 0 ? featureCount : 0)
    , m_classNames(std::move(classNames))
{
}

int ImageDataset::classIndex(const QString &name)
{
    const qsizetype existing = m_classNames.indexOf(name);
    if (existing >= 0)
        return int(existing);
    m_classNames.append(name);
    return int(m_classNames.size() - 1);
}

bool ImageDataset::addSample(std::span<const float> pixels, int label)
{
    if (qsizetype(pixels.size()) != m_featureCount || m_featureCount == 0 || label < 0
        || label >= classCount())
        return false;
    m_pixels.insert(m_pixels.end(), pixels.begin(), pixels.end());
    m_labels.push_back(label);
    return true;
}

bool ImageDataset::addSample(std::span<const float> pixels, const QString &className)
{
    if (qsizetype(pixels.size()) != m_featureCount || m_featureCount == 0)
        return false;
    return addSample(pixels, classIndex(className));
}

std::span<const float> ImageDataset::pixels(qsizetype sample) const
{
    return {m_pixels.data() + sample * m_featureCount, size_t(m_featureCount)};
}

} // namespace deai::sandbox
