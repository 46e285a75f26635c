// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ImageDataset.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace deai::sandbox {

struct ImageTrainingSettings
{
    int epochs = 10;
    double trainShard = 0.8;     // share of the shuffled samples used for training
    double learningRate = 0.01;  // Adam step size
    int batchSize = 32;
    double l2 = 1e-4;            // weight decay; 0 turns it off
    quint32 seed = 20231024;     // fixes the shuffle, so the same data trains the same model
};

struct ImageTrainingMetrics
{
    qint64 trainingSamples = 0;
    qint64 validationSamples = 0;
    double trainingAccuracy = 0;
    double validationAccuracy = 0;
    double finalLoss = 0;            // mean cross-entropy over the training part, after training
    std::vector<double> epochLosses; // mean cross-entropy seen during each epoch
};

struct ImagePrediction
{
    int classIndex = -1;
    QString className;
    double confidence = 0; // softmax probability of the predicted class
};

// Stands in for the network's CNN: multinomial logistic regression on the
// pixels, trained with mini-batch Adam on standardised pixels. The
// standardisation is folded into the weights afterwards, so prediction is a
// plain linear map on the pixels imagePixels() gives.
class SoftmaxImageClassifier
{
public:
    // Called after each epoch (from 1); returning false cancels training.
    using EpochCallback = std::function<bool(int epoch, double meanLoss)>;

    static std::optional<SoftmaxImageClassifier> train(const ImageDataset &dataset,
                                                       const ImageTrainingSettings &settings,
                                                       QString *error = nullptr,
                                                       const EpochCallback &onEpoch = {});

    // A wrong pixel count gives classIndex -1.
    ImagePrediction predict(std::span<const float> pixels) const;
    std::vector<double> probabilities(std::span<const float> pixels) const;

    int featureCount() const { return m_featureCount; }
    int classCount() const { return int(m_classNames.size()); }
    const QStringList &classNames() const { return m_classNames; }
    const ImageTrainingMetrics &metrics() const { return m_metrics; }

    QByteArray toBytes() const;
    // Refuses anything that is not a complete model of this version.
    static std::optional<SoftmaxImageClassifier> fromBytes(const QByteArray &bytes,
                                                           QString *error = nullptr);

private:
    friend class SoftmaxTrainer;

    void logits(std::span<const float> pixels, std::span<double> out) const;
    void measure(const ImageDataset &dataset, std::span<const qsizetype> samples,
                 double *accuracy, double *meanLoss) const;

    int m_featureCount = 0;
    QStringList m_classNames;
    std::vector<float> m_weights; // classCount rows of featureCount
    std::vector<float> m_bias;
    ImageTrainingMetrics m_metrics;
};

} // namespace deai::sandbox
