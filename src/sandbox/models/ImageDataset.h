// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

#include <span>
#include <vector>

class QImage;

namespace deai::sandbox {

// The side every image is reduced to before training or inference: small
// enough that a few thousand images train in well under a second.
inline constexpr int kWorkingImageSide = 28;

// Turns an image into the classifier's input: grey (channels == 1) or RGB
// (any other value) pixels of `workingSize`, row by row with the channels of
// one pixel together, each value divided by `scaleRatio` (255 when not
// positive). A null image gives an empty vector.
std::vector<float> imagePixels(const QImage &image, int channels, double scaleRatio,
                               QSize workingSize = QSize(kWorkingImageSide, kWorkingImageSide));

// How many values imagePixels() gives per image, i.e. the dataset's feature count.
int imageFeatureCount(int channels,
                      QSize workingSize = QSize(kWorkingImageSide, kWorkingImageSide));

// Labelled images for training, stored in one flat array so that training
// touches no per-sample allocation. Class names are kept in first-seen order
// (after any names given up front), so an index always maps back to the name
// the user wrote in y_train.
class ImageDataset
{
public:
    explicit ImageDataset(int featureCount, QStringList classNames = {});

    int featureCount() const { return m_featureCount; }
    qsizetype sampleCount() const { return qsizetype(m_labels.size()); }
    const QStringList &classNames() const { return m_classNames; }
    int classCount() const { return int(m_classNames.size()); }

    // Returns the index of the class, adding it when new.
    int classIndex(const QString &name);

    // False (and nothing added) when the pixel count or the label is wrong.
    bool addSample(std::span<const float> pixels, int label);
    bool addSample(std::span<const float> pixels, const QString &className);

    std::span<const float> pixels(qsizetype sample) const;
    int label(qsizetype sample) const { return m_labels[size_t(sample)]; }

private:
    int m_featureCount = 0;
    QStringList m_classNames;
    std::vector<float> m_pixels;
    std::vector<int> m_labels;
};

} // namespace deai::sandbox
