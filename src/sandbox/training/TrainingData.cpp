// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingData.h"

#include "training/CostModel.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::TrainingData", text);
}

std::variant<TrainingSummary, QString> summariseImages(const TrainingRequest &request, const QString &xTrainPath,
                                                       const QString &yTrainPath)
{
    const auto loaded = TrainingData::loadImages(request, xTrainPath, yTrainPath);
    if (const QString *error = std::get_if<QString>(&loaded))
        return *error;
    const LabelledImages &data = std::get<LabelledImages>(loaded);

    const qsizetype samples = TrainingData::trainingImages(request, data.images.size());
    if (samples < 1) {
        return tr("train_shard %1 of %2 images leaves no image to train on; raise train_shard or "
                  "upload more images.").arg(request.trainShard).arg(data.images.size());
    }
    int width = 0;
    int height = 0;
    int channels = 0;
    for (const ImageSample &image : data.images) {
        width = qMax(width, image.width);
        height = qMax(height, image.height);
        channels = qMax(channels, image.channels);
    }
    const auto ops = CostModel::cnnOpsPerSample(width, height, request.channel.value_or(channels),
                                                request.category);
    return TrainingSummary{static_cast<std::uint64_t>(samples), ops};
}

std::variant<TrainingSummary, QString> summariseSeries(const TrainingRequest &request, const QString &xTrainPath)
{
    const auto loaded = TrainingData::loadSeries(xTrainPath);
    if (const QString *error = std::get_if<QString>(&loaded))
        return *error;
    const SeriesTable &table = std::get<SeriesTable>(loaded);

    const qsizetype rows = TrainingData::trainingRows(request, table.rows.size());
    const std::uint64_t windows =
        timeSeriesWindowCount(rows, request.totalWindowSize(), request.sequenceStride, request.samplingRate);
    if (windows == 0) {
        const qint64 needed = (request.totalWindowSize() - 1) * request.samplingRate + 1;
        return tr("x_train has %1 rows; train_shard %2 keeps %3 of them, but one window of input_width + shift "
                  "= %4 steps at sampling_rate %5 needs %6 rows. Lower input_width or shift, or upload more rows.")
            .arg(table.rows.size()).arg(request.trainShard).arg(rows)
            .arg(request.totalWindowSize()).arg(request.samplingRate).arg(needed);
    }
    const auto ops = CostModel::lstmOpsPerSample(table.columns.size(), request.inputWidth, request.labelWidth);
    return TrainingSummary{windows, ops};
}

} // namespace

std::variant<LabelledImages, QString> TrainingData::loadImages(const TrainingRequest &request,
                                                              const QString &xTrainPath,
                                                              const QString &yTrainPath,
                                                              const ImageArchive::ImageVisitor &visit)
{
    auto images = ImageArchive::read(xTrainPath, visit);
    if (const QString *error = std::get_if<QString>(&images))
        return *error;
    LabelledImages data{std::get<QList<ImageSample>>(images), {}};

    auto labels = yTrainPath.isEmpty() ? ImageLabels::fromFolders(data.images)
                                       : ImageLabels::fromCsv(yTrainPath, data.images);
    if (const QString *error = std::get_if<QString>(&labels))
        return *error;
    data.labels = std::get<QStringList>(labels);

    const qsizetype classes = QSet<QString>(data.labels.cbegin(), data.labels.cend()).size();
    if (classes > request.category) {
        return tr("The labels name %1 classes but category is %2; set category to %1 or more.")
            .arg(classes).arg(request.category);
    }
    return data;
}

std::variant<SeriesTable, QString> TrainingData::loadSeries(const QString &xTrainPath)
{
    return SeriesTable::readFile(xTrainPath, QStringLiteral("x_train"));
}

qsizetype TrainingData::trainingRows(const TrainingRequest &request, qsizetype rows)
{
    return static_cast<qsizetype>(std::floor(static_cast<double>(rows) * request.trainShard));
}

qsizetype TrainingData::trainingImages(const TrainingRequest &request, qsizetype images)
{
    return trainingRows(request, images);
}

std::variant<TrainingSummary, QString> TrainingData::summarise(const TrainingRequest &request,
                                                              const QString &xTrainPath,
                                                              const QString &yTrainPath)
{
    if (request.model == TrainingRequest::Model::Cnn)
        return summariseImages(request, xTrainPath, yTrainPath);
    return summariseSeries(request, xTrainPath);
}

} // namespace deai::sandbox
