// SPDX-License-Identifier: GPL-3.0-or-later
// Training of SoftmaxImageClassifier: kept apart from prediction and storage
// because it carries the optimiser state and the data preparation.
#include "models/SoftmaxImageClassifier.h"

#include "logging/LogCategories.h"
#include "models/SoftmaxMath.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>
#include <random>

namespace deai::sandbox {

namespace {

QString trainingText(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::SoftmaxImageClassifier", text);
}

QString checkInputs(const ImageDataset &dataset, const ImageTrainingSettings &settings)
{
    if (dataset.sampleCount() < 2)
        return trainingText("At least two labelled images are needed to train and validate.");
    if (dataset.classCount() < 1 || dataset.featureCount() < 1)
        return trainingText("The images carry no labels or no pixels.");
    if (settings.epochs < 1 || settings.batchSize < 1)
        return trainingText("Epochs and batch size must be at least 1.");
    if (!(settings.trainShard > 0 && settings.trainShard < 1))
        return trainingText("The training share must lie strictly between 0 and 1.");
    if (!(settings.learningRate > 0) || !(settings.l2 >= 0))
        return trainingText(
            "The learning rate must be positive and the weight decay not negative.");
    return {};
}

// Fisher-Yates with a plain modulo draw: std::shuffle and the standard
// distributions differ between libraries, this gives the same order everywhere.
void shuffle(std::vector<qsizetype> &indices, std::mt19937 &random)
{
    for (size_t i = indices.size(); i > 1; --i)
        std::swap(indices[i - 1], indices[random() % i]);
}

} // namespace

// Holds the standardised training pixels, the weights and the Adam moments.
class SoftmaxTrainer
{
public:
    SoftmaxTrainer(const ImageDataset &dataset, std::span<const qsizetype> trainingSamples,
                   const ImageTrainingSettings &settings)
        : m_settings(settings)
        , m_features(dataset.featureCount())
        , m_classes(dataset.classCount())
        , m_rows(qsizetype(trainingSamples.size()))
    {
        standardise(dataset, trainingSamples);
        const size_t weightCount = size_t(m_classes) * size_t(m_features);
        m_weights.assign(weightCount, 0.0F);
        m_weightGradient.assign(weightCount, 0.0F);
        m_weightMoment1.assign(weightCount, 0.0F);
        m_weightMoment2.assign(weightCount, 0.0F);
        m_bias.assign(size_t(m_classes), 0.0F);
        m_biasGradient.assign(size_t(m_classes), 0.0F);
        m_biasMoment1.assign(size_t(m_classes), 0.0F);
        m_biasMoment2.assign(size_t(m_classes), 0.0F);
    }

    // One pass over the rows in the given order; returns the mean loss seen.
    double runEpoch(std::span<const qsizetype> order)
    {
        double lossSum = 0;
        for (size_t start = 0; start < order.size(); start += size_t(m_settings.batchSize)) {
            const size_t end = std::min(order.size(), start + size_t(m_settings.batchSize));
            lossSum += accumulateBatch(order.subspan(start, end - start));
            step(double(end - start));
        }
        return lossSum / double(order.size());
    }

    // Folds the standardisation into the weights, so the model reads raw pixels.
    void exportTo(SoftmaxImageClassifier &model) const
    {
        model.m_featureCount = m_features;
        model.m_weights.resize(m_weights.size());
        model.m_bias.resize(m_bias.size());
        for (int c = 0; c < m_classes; ++c) {
            double bias = m_bias[size_t(c)];
            for (int f = 0; f < m_features; ++f) {
                const size_t at = size_t(c) * size_t(m_features) + size_t(f);
                const double scaled = double(m_weights[at]) * m_inverseStd[size_t(f)];
                model.m_weights[at] = float(scaled);
                bias -= scaled * m_mean[size_t(f)];
            }
            model.m_bias[size_t(c)] = float(bias);
        }
    }

private:
    void standardise(const ImageDataset &dataset, std::span<const qsizetype> samples)
    {
        m_mean.assign(size_t(m_features), 0.0);
        m_inverseStd.assign(size_t(m_features), 0.0);
        for (const qsizetype sample : samples) {
            const std::span<const float> pixels = dataset.pixels(sample);
            for (int f = 0; f < m_features; ++f)
                m_mean[size_t(f)] += pixels[size_t(f)];
        }
        for (double &mean : m_mean)
            mean /= double(m_rows);
        for (const qsizetype sample : samples) {
            const std::span<const float> pixels = dataset.pixels(sample);
            for (int f = 0; f < m_features; ++f) {
                const double centred = pixels[size_t(f)] - m_mean[size_t(f)];
                m_inverseStd[size_t(f)] += centred * centred;
            }
        }
        // A constant pixel carries no information; scale 1 keeps it harmlessly at zero.
        for (double &value : m_inverseStd) {
            const double deviation = std::sqrt(value / double(m_rows));
            value = deviation > 1e-6 ? 1.0 / deviation : 1.0;
        }

        m_pixels.resize(size_t(m_rows) * size_t(m_features));
        m_labels.resize(size_t(m_rows));
        for (qsizetype row = 0; row < m_rows; ++row) {
            const std::span<const float> pixels = dataset.pixels(samples[size_t(row)]);
            float *target = m_pixels.data() + row * m_features;
            for (size_t f = 0; f < size_t(m_features); ++f)
                target[f] = float((pixels[f] - m_mean[f]) * m_inverseStd[f]);
            m_labels[size_t(row)] = dataset.label(samples[size_t(row)]);
        }
        m_scores.resize(size_t(m_classes));
    }

    double accumulateBatch(std::span<const qsizetype> rows)
    {
        std::fill(m_weightGradient.begin(), m_weightGradient.end(), 0.0F);
        std::fill(m_biasGradient.begin(), m_biasGradient.end(), 0.0F);
        double lossSum = 0;
        for (const qsizetype row : rows) {
            const float *pixels = m_pixels.data() + row * m_features;
            const int label = m_labels[size_t(row)];
            for (int c = 0; c < m_classes; ++c) {
                const float *weights = m_weights.data() + qsizetype(c) * m_features;
                m_scores[size_t(c)] = double(m_bias[size_t(c)])
                                      + detail::dot(weights, pixels, m_features);
            }
            const double labelScore = m_scores[size_t(label)];
            lossSum += detail::softmaxInPlace(m_scores) - labelScore;
            for (int c = 0; c < m_classes; ++c) {
                const float error = float(m_scores[size_t(c)] - (c == label ? 1.0 : 0.0));
                float *gradient = m_weightGradient.data() + qsizetype(c) * m_features;
                for (int f = 0; f < m_features; ++f)
                    gradient[f] += error * pixels[f];
                m_biasGradient[size_t(c)] += error;
            }
        }
        return lossSum;
    }

    void step(double batchRows)
    {
        constexpr double beta1 = 0.9;
        constexpr double beta2 = 0.999;
        constexpr double epsilon = 1e-8;
        ++m_steps;
        const double correction1 = 1.0 - std::pow(beta1, double(m_steps));
        const double correction2 = 1.0 - std::pow(beta2, double(m_steps));
        const double rate = m_settings.learningRate * std::sqrt(correction2) / correction1;
        const auto update = [&](std::vector<float> &values, const std::vector<float> &gradients,
                                std::vector<float> &moment1, std::vector<float> &moment2,
                                double decay) {
            for (size_t i = 0; i < values.size(); ++i) {
                const double g = gradients[i] / batchRows + decay * values[i];
                moment1[i] = float(beta1 * moment1[i] + (1 - beta1) * g);
                moment2[i] = float(beta2 * moment2[i] + (1 - beta2) * g * g);
                values[i] -= float(rate * moment1[i] / (std::sqrt(double(moment2[i])) + epsilon));
            }
        };
        update(m_weights, m_weightGradient, m_weightMoment1, m_weightMoment2, m_settings.l2);
        update(m_bias, m_biasGradient, m_biasMoment1, m_biasMoment2, 0.0);
    }

    const ImageTrainingSettings m_settings;
    const int m_features;
    const int m_classes;
    const qsizetype m_rows;
    qint64 m_steps = 0;
    std::vector<double> m_mean;
    std::vector<double> m_inverseStd;
    std::vector<float> m_pixels; // standardised, one row per training sample
    std::vector<int> m_labels;
    std::vector<double> m_scores;
    std::vector<float> m_weights, m_weightGradient, m_weightMoment1, m_weightMoment2;
    std::vector<float> m_bias, m_biasGradient, m_biasMoment1, m_biasMoment2;
};

std::optional<SoftmaxImageClassifier> SoftmaxImageClassifier::train(
    const ImageDataset &dataset, const ImageTrainingSettings &settings, QString *error,
    const EpochCallback &onEpoch)
{
    const QString problem = checkInputs(dataset, settings);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }

    std::mt19937 random(settings.seed);
    std::vector<qsizetype> samples(static_cast<size_t>(dataset.sampleCount()));
    std::iota(samples.begin(), samples.end(), qsizetype(0));
    shuffle(samples, random);
    const qsizetype total = dataset.sampleCount();
    const qsizetype trainingCount = std::clamp<qsizetype>(
        qsizetype(std::llround(settings.trainShard * double(total))), 1, total - 1);
    const std::span<const qsizetype> training(samples.data(), size_t(trainingCount));
    const std::span<const qsizetype> validation(samples.data() + trainingCount,
                                                size_t(total - trainingCount));

    SoftmaxTrainer trainer(dataset, training, settings);
    SoftmaxImageClassifier model;
    model.m_classNames = dataset.classNames();
    std::vector<qsizetype> order(static_cast<size_t>(trainingCount));
    std::iota(order.begin(), order.end(), qsizetype(0));
    for (int epoch = 1; epoch <= settings.epochs; ++epoch) {
        shuffle(order, random);
        const double loss = trainer.runEpoch(order);
        model.m_metrics.epochLosses.push_back(loss);
        if (onEpoch && !onEpoch(epoch, loss)) {
            if (error)
                *error = trainingText("Training was cancelled.");
            return std::nullopt;
        }
    }

    trainer.exportTo(model);
    ImageTrainingMetrics &metrics = model.m_metrics;
    metrics.trainingSamples = trainingCount;
    metrics.validationSamples = total - trainingCount;
    double validationLoss = 0;
    model.measure(dataset, training, &metrics.trainingAccuracy, &metrics.finalLoss);
    model.measure(dataset, validation, &metrics.validationAccuracy, &validationLoss);
    qCDebug(lcSandbox) << "image model trained:" << trainingCount << "samples, validation accuracy"
                       << metrics.validationAccuracy;
    return model;
}

} // namespace deai::sandbox
