// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/DatasetProblem.h"

#include <QImage>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace deai {

struct ImageSizeCount
{
    QSize size;
    qint64 count = 0;
};

// A small preview of one image for a grid; only the first few images get one.
struct ImageThumbnail
{
    QString fileName;
    QString label; // empty when the labels file gives this image none
    QImage image;  // at most 64 px on its longer side
};

enum class LabelsLayout
{
    None,          // no labels file given
    FileNameOrder, // one label per row, rows follow the sorted image names
    KeyedByName,   // filename,label
};

struct LabelsSummary
{
    LabelsLayout layout = LabelsLayout::None;
    bool hasHeader = false;
    qint64 rowCount = 0; // data rows, header excluded
    QMap<QString, qint64> countPerLabel;
    qint64 rowsWithoutImage = 0;
    qint64 imagesWithoutLabel = 0;
    qint64 labelledImages = 0;
};

struct CnnDatasetReport
{
    qint64 imageCount = 0; // readable images
    qint64 unreadableImageCount = 0;
    qint64 otherFileCount = 0;    // entries that are neither images nor ignored
    qint64 ignoredEntryCount = 0; // directories, __MACOSX and dot files

    QList<ImageSizeCount> sizes;             // most common first
    QMap<int, qint64> imagesPerChannelCount; // 1 grey, 2 grey+alpha, 3 RGB, 4 RGBA
    int maxPixelValue = 0;                   // over all channels of all images

    LabelsSummary labels;
    QList<ImageThumbnail> thumbnails;

    ProposedValue channel;
    ProposedValue category;
    ProposedValue scaleRatio;

    QList<DatasetProblem> problems;
    bool canceled = false;

    bool allSameSize() const { return sizes.size() == 1; }
    QSize mostCommonSize() const { return sizes.isEmpty() ? QSize() : sizes.constFirst().size; }
};

} // namespace deai

Q_DECLARE_METATYPE(deai::CnnDatasetReport)
