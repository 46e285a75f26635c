// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/StatisticsTrainer.h"

#include "training/TrainingData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

#include <cmath>
#include <limits>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::StatisticsTrainer", text);
}

// Spreads the training shard over the whole set, so a set sorted by class
// still trains on every class.
bool inShard(qsizetype index, double shard)
{
    return std::floor((index + 1) * shard) > std::floor(index * shard);
}

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

std::variant<QJsonObject, TrainingError> trainCentroids(const TrainingRequest &request, const QString &xTrainPath,
                                                        const QString &yTrainPath)
{
    const auto loaded = TrainingData::loadImages(request, xTrainPath, yTrainPath);
    if (const QString *error = std::get_if<QString>(&loaded))
        return TrainingError{*error};
    const LabelledImages &data = std::get<LabelledImages>(loaded);

    QMap<QString, QList<double>> sums;
    QMap<QString, int> counts;
    for (qsizetype i = 0; i < data.images.size(); ++i) {
        if (!inShard(i, request.trainShard))
            continue;
        QList<double> &sum = sums[data.labels[i]];
        sum.resize(data.images[i].features.size(), 0.0);
        for (qsizetype f = 0; f < sum.size(); ++f)
            sum[f] += data.images[i].features[f];
        ++counts[data.labels[i]];
    }
    QJsonArray classes;
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        QList<double> centroid = it.value();
        for (double &value : centroid)
            value /= counts.value(it.key());
        classes.append(QJsonObject{{QStringLiteral("label"), it.key()},
                                   {QStringLiteral("count"), counts.value(it.key())},
                                   {QStringLiteral("centroid"), toArray(centroid)}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("nearest-centroid")},
                       {QStringLiteral("classes"), classes}};
}

std::variant<QJsonObject, TrainingError> trainDrift(const TrainingRequest &request, const QString &xTrainPath)
{
    const auto loaded = TrainingData::loadSeries(xTrainPath);
    if (const QString *error = std::get_if<QString>(&loaded))
        return TrainingError{*error};
    const SeriesTable &table = std::get<SeriesTable>(loaded);
    const qsizetype rows = qMax<qsizetype>(TrainingData::trainingRows(request, table.rows.size()), 1);

    QList<double> drift(table.columns.size(), 0.0);
    for (qsizetype c = 0; c < drift.size(); ++c) {
        if (rows > 1)
            drift[c] = (table.rows[rows - 1][c] - table.rows[0][c]) / static_cast<double>(rows - 1);
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("drift")},
                       {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                       {QStringLiteral("drift"), toArray(drift)}};
}

std::variant<QByteArray, TrainingError> classify(const QJsonObject &model, const QString &dataPath)
{
    const auto images = ImageArchive::read(dataPath);
    if (const QString *error = std::get_if<QString>(&images))
        return TrainingError{tr("data_path: %1").arg(*error)};

    const QJsonArray classes = model.value(QStringLiteral("classes")).toArray();
    QByteArray csv = "file,label\n";
    for (const ImageSample &image : std::get<QList<ImageSample>>(images)) {
        QString best;
        double bestDistance = std::numeric_limits<double>::max();
        for (const QJsonValue &entry : classes) {
            const QJsonArray centroid = entry.toObject().value(QStringLiteral("centroid")).toArray();
            double distance = 0.0;
            for (qsizetype f = 0; f < image.features.size() && f < centroid.size(); ++f)
                distance += std::pow(image.features[f] - centroid[f].toDouble(), 2);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = entry.toObject().value(QStringLiteral("label")).toString();
            }
        }
        csv += image.path.toUtf8() + ',' + best.toUtf8() + '\n';
    }
    return csv;
}

std::variant<QByteArray, TrainingError> forecast(const TrainingRequest &request, const QJsonObject &model,
                                                 const QString &dataPath)
{
    const auto loaded = SeriesTable::readFile(dataPath, QStringLiteral("data_path"));
    if (const QString *error = std::get_if<QString>(&loaded))
        return TrainingError{*error};
    const SeriesTable &table = std::get<SeriesTable>(loaded);
    const QJsonArray drift = model.value(QStringLiteral("drift")).toArray();
    if (table.columns.size() != drift.size()) {
        return TrainingError{tr("data_path has %1 numeric columns but the job was trained on %2; "
                                "upload data with the same columns.").arg(table.columns.size()).arg(drift.size())};
    }
    QByteArray csv = "step," + table.columns.join(QLatin1Char(',')).toUtf8() + '\n';
    const QList<double> &last = table.rows.constLast();
    for (qint64 step = 1; step <= request.labelWidth; ++step) {
        csv += QByteArray::number(step);
        for (qsizetype c = 0; c < last.size(); ++c)
            csv += ',' + QByteArray::number(last[c] + step * drift[c].toDouble(), 'g', 10);
        csv += '\n';
    }
    return csv;
}

} // namespace

std::variant<QJsonObject, TrainingError> StatisticsTrainer::train(const TrainingRequest &request,
                                                                  const QString &xTrainPath,
                                                                  const QString &yTrainPath)
{
    if (request.model == TrainingRequest::Model::Cnn)
        return trainCentroids(request, xTrainPath, yTrainPath);
    return trainDrift(request, xTrainPath);
}

std::variant<QByteArray, TrainingError> StatisticsTrainer::infer(const TrainingRequest &request,
                                                                 const QJsonObject &model,
                                                                 const QString &dataPath)
{
    if (request.model == TrainingRequest::Model::Cnn)
        return classify(model, dataPath);
    return forecast(request, model, dataPath);
}

} // namespace deai::sandbox
