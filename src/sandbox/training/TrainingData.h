// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CsvText.h"
#include "dataset/ImageArchive.h"
#include "training/TrainingRequest.h"

#include <cstdint>
#include <variant>

namespace deai::sandbox {

struct LabelledImages
{
    QList<ImageSample> images; // sorted by path
    QStringList labels;        // labels[i] belongs to images[i]
};

// The size of the training work, for the cost estimate.
struct TrainingSummary
{
    std::uint64_t samples = 0; // images, or windows, in the training shard
    std::uint64_t opsPerSample = 0;
};

// Reads and checks the data a queryGuarantee names. Runs on a worker thread.
// Errors are sentences that name the field and the fix.
class TrainingData
{
public:
    static std::variant<LabelledImages, QString> loadImages(const TrainingRequest &request,
                                                           const QString &xTrainPath,
                                                           const QString &yTrainPath,
                                                           const ImageArchive::ImageVisitor &visit = {});
    static std::variant<SeriesTable, QString> loadSeries(const QString &xTrainPath);

    // The rows of a series the training shard keeps.
    static qsizetype trainingRows(const TrainingRequest &request, qsizetype rows);
    static qsizetype trainingImages(const TrainingRequest &request, qsizetype images);

    static std::variant<TrainingSummary, QString> summarise(const TrainingRequest &request,
                                                           const QString &xTrainPath,
                                                           const QString &yTrainPath);
};

} // namespace deai::sandbox
