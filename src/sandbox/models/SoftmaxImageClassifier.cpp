// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SoftmaxImageClassifier.h"

#include "models/ModelStreamIo.h"
#include "models/SoftmaxMath.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cmath>

namespace deai::sandbox {

namespace {

constexpr quint32 kMagic = 0x44534943; // "DSIC"
constexpr quint16 kVersion = 1;
// Far beyond any working image size or class count; guards the loader.
constexpr int kMaxFeatures = 1 << 22;
constexpr int kMaxClasses = 1 << 16;
constexpr qsizetype kMaxEpochs = 1 << 20;

QString loadError()
{
    return QCoreApplication::translate(
        "deai::sandbox::SoftmaxImageClassifier",
        "The stored image model is damaged or from another version.");
}

} // namespace

void SoftmaxImageClassifier::logits(std::span<const float> pixels, std::span<double> out) const
{
    for (int c = 0; c < classCount(); ++c) {
        const float *row = m_weights.data() + qsizetype(c) * m_featureCount;
        const float product = detail::dot(row, pixels.data(), m_featureCount);
        out[size_t(c)] = double(m_bias[size_t(c)]) + product;
    }
}

std::vector<double> SoftmaxImageClassifier::probabilities(std::span<const float> pixels) const
{
    if (qsizetype(pixels.size()) != m_featureCount || classCount() == 0)
        return {};
    std::vector<double> values(static_cast<size_t>(classCount()));
    logits(pixels, values);
    detail::softmaxInPlace(values);
    return values;
}

ImagePrediction SoftmaxImageClassifier::predict(std::span<const float> pixels) const
{
    const std::vector<double> values = probabilities(pixels);
    if (values.empty())
        return {};
    const auto best = std::max_element(values.begin(), values.end());
    const int index = int(best - values.begin());
    return {index, m_classNames.at(index), *best};
}

void SoftmaxImageClassifier::measure(const ImageDataset &dataset,
                                     std::span<const qsizetype> samples, double *accuracy,
                                     double *meanLoss) const
{
    std::vector<double> values(static_cast<size_t>(classCount()));
    qsizetype correct = 0;
    double lossSum = 0;
    for (const qsizetype sample : samples) {
        logits(dataset.pixels(sample), values);
        const int label = dataset.label(sample);
        const double logLabel = values[size_t(label)];
        const double logSum = detail::softmaxInPlace(values);
        lossSum += logSum - logLabel;
        if (std::max_element(values.begin(), values.end()) - values.begin() == label)
            ++correct;
    }
    const double count = samples.empty() ? 1.0 : double(samples.size());
    *accuracy = double(correct) / count;
    *meanLoss = lossSum / count;
}

QByteArray SoftmaxImageClassifier::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    detail::prepareModelStream(out);
    detail::writeModelHeader(out, kMagic, kVersion);
    out << qint32(m_featureCount) << qint32(classCount());
    for (const QString &name : m_classNames)
        detail::writeText(out, name);
    detail::writeFloats(out, m_weights);
    detail::writeFloats(out, m_bias);
    out << qint64(m_metrics.trainingSamples) << qint64(m_metrics.validationSamples)
        << m_metrics.trainingAccuracy << m_metrics.validationAccuracy << m_metrics.finalLoss;
    detail::writeDoubles(out, m_metrics.epochLosses);
    return bytes;
}

std::optional<SoftmaxImageClassifier> SoftmaxImageClassifier::fromBytes(const QByteArray &bytes,
                                                                         QString *error)
{
    QDataStream in(bytes);
    detail::prepareModelStream(in);
    SoftmaxImageClassifier model;
    qint32 features = 0;
    qint32 classes = 0;
    bool ok = detail::readModelHeader(in, kMagic, kVersion);
    if (ok) {
        in >> features >> classes;
        ok = in.status() == QDataStream::Ok && features > 0 && features <= kMaxFeatures
             && classes > 0 && classes <= kMaxClasses;
    }
    for (qint32 c = 0; ok && c < classes; ++c) {
        QString name;
        ok = detail::readText(in, name);
        model.m_classNames.append(name);
    }
    ok = ok && detail::readFloats(in, model.m_weights, qsizetype(features) * classes)
         && detail::readFloats(in, model.m_bias, classes);
    if (ok) {
        ImageTrainingMetrics &metrics = model.m_metrics;
        in >> metrics.trainingSamples >> metrics.validationSamples >> metrics.trainingAccuracy
            >> metrics.validationAccuracy >> metrics.finalLoss;
        ok = detail::readDoubles(in, metrics.epochLosses, kMaxEpochs) && detail::readCompletely(in);
    }
    if (!ok) {
        if (error)
            *error = loadError();
        return std::nullopt;
    }
    model.m_featureCount = features;
    return model;
}

} // namespace deai::sandbox
