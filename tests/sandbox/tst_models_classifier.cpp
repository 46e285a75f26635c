// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ImageDataset.h"
#include "models/ResultCsv.h"
#include "models/SoftmaxImageClassifier.h"

#include <QImage>
#include <QTest>

#include <random>

using namespace deai::sandbox;

namespace {

constexpr int kSide = kWorkingImageSide;
constexpr int kPerClass = 100;

// Grey 28x28 images that are bright in one vertical third (the class) and
// noisy everywhere, so that a linear model can and a broken one cannot
// separate them.
std::vector<float> thirdsImage(int brightThird, std::mt19937 &random)
{
    std::normal_distribution<float> noise(0.0F, 0.15F);
    std::vector<float> pixels(size_t(kSide) * kSide);
    for (int y = 0; y < kSide; ++y) {
        for (int x = 0; x < kSide; ++x) {
            const float base = (x * 3 / kSide) == brightThird ? 0.7F : 0.3F;
            pixels[size_t(y * kSide + x)] = std::clamp(base + noise(random), 0.0F, 1.0F);
        }
    }
    return pixels;
}

ImageDataset thirdsDataset()
{
    std::mt19937 random(7);
    const QStringList names{QStringLiteral("left"), QStringLiteral("middle"),
                            QStringLiteral("right")};
    ImageDataset dataset(kSide * kSide);
    for (int i = 0; i < kPerClass; ++i) {
        for (int third = 0; third < 3; ++third)
            dataset.addSample(thirdsImage(third, random), names.at(third));
    }
    return dataset;
}

} // namespace

class TestModelsClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsSeparableImagesWellAboveChance()
    {
        const ImageDataset dataset = thirdsDataset();
        QCOMPARE(dataset.sampleCount(), 3 * kPerClass);
        QCOMPARE(dataset.classNames(),
                 QStringList({QStringLiteral("left"), QStringLiteral("middle"),
                              QStringLiteral("right")}));

        ImageTrainingSettings settings;
        settings.epochs = 5;
        QString error;
        const auto model = SoftmaxImageClassifier::train(dataset, settings, &error);
        QVERIFY2(model, qPrintable(error));
        const ImageTrainingMetrics &metrics = model->metrics();
        QCOMPARE(metrics.trainingSamples + metrics.validationSamples, dataset.sampleCount());
        QCOMPARE(metrics.validationSamples, qint64(60));
        QVERIFY2(metrics.validationAccuracy > 0.9,
                 qPrintable(QString::number(metrics.validationAccuracy)));
        QVERIFY(metrics.trainingAccuracy > 0.9);
        QCOMPARE(metrics.epochLosses.size(), size_t(5));
        QVERIFY(metrics.epochLosses.back() < metrics.epochLosses.front());
        QVERIFY(metrics.finalLoss < std::log(3.0));

        std::mt19937 random(99);
        const ImagePrediction right = model->predict(thirdsImage(2, random));
        QCOMPARE(right.className, QStringLiteral("right"));
        QCOMPARE(right.classIndex, 2);
        QVERIFY(right.confidence > 1.0 / 3 && right.confidence <= 1.0);
    }

    void doubleEpochsTrainsAndStaysDeterministic()
    {
        const ImageDataset dataset = thirdsDataset();
        ImageTrainingSettings settings;
        settings.epochs = 10;
        const auto first = SoftmaxImageClassifier::train(dataset, settings);
        const auto second = SoftmaxImageClassifier::train(dataset, settings);
        QVERIFY(first && second);
        QVERIFY(first->metrics().validationAccuracy > 0.9);
        QCOMPARE(first->toBytes(), second->toBytes());
    }

    void unscaledPixelsTrainAsWell()
    {
        // scale_ratio 1 leaves pixels in 0..255; training must not diverge on them.
        const ImageDataset scaled = thirdsDataset();
        ImageDataset raw(scaled.featureCount(), scaled.classNames());
        std::vector<float> pixels(size_t(scaled.featureCount()));
        for (qsizetype i = 0; i < scaled.sampleCount(); ++i) {
            const std::span<const float> source = scaled.pixels(i);
            std::transform(source.begin(), source.end(), pixels.begin(),
                           [](float value) { return value * 255.0F; });
            QVERIFY(raw.addSample(pixels, scaled.label(i)));
        }
        const auto model = SoftmaxImageClassifier::train(raw, ImageTrainingSettings{});
        QVERIFY(model);
        QVERIFY(model->metrics().validationAccuracy > 0.9);
        QVERIFY(std::isfinite(model->metrics().finalLoss));
    }

    void cancelStopsTraining()
    {
        int epochsSeen = 0;
        QString error;
        const auto model = SoftmaxImageClassifier::train(
            thirdsDataset(), ImageTrainingSettings{}, &error, [&](int epoch, double) {
                epochsSeen = epoch;
                return epoch < 2;
            });
        QVERIFY(!model);
        QCOMPARE(epochsSeen, 2);
        QVERIFY(!error.isEmpty());
    }

    void refusesUnusableInput()
    {
        ImageDataset tiny(4);
        QVERIFY(!tiny.addSample(std::vector<float>(3, 0.5F), QStringLiteral("a")));
        QVERIFY(tiny.addSample(std::vector<float>(4, 0.5F), QStringLiteral("a")));
        QVERIFY(!tiny.addSample(std::vector<float>(4, 0.5F), 5));
        QString error;
        QVERIFY(!SoftmaxImageClassifier::train(tiny, ImageTrainingSettings{}, &error));
        QVERIFY(!error.isEmpty());

        ImageTrainingSettings badShard;
        badShard.trainShard = 1.0;
        QVERIFY(!SoftmaxImageClassifier::train(thirdsDataset(), badShard));
    }

    void roundTripPredictsIdentically()
    {
        const ImageDataset dataset = thirdsDataset();
        ImageTrainingSettings settings;
        settings.epochs = 3;
        const auto model = SoftmaxImageClassifier::train(dataset, settings);
        QVERIFY(model);
        QString error;
        const auto loaded = SoftmaxImageClassifier::fromBytes(model->toBytes(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->classNames(), model->classNames());
        QCOMPARE(loaded->metrics().validationAccuracy, model->metrics().validationAccuracy);
        for (qsizetype i = 0; i < dataset.sampleCount(); i += 7) {
            const ImagePrediction before = model->predict(dataset.pixels(i));
            const ImagePrediction after = loaded->predict(dataset.pixels(i));
            QCOMPARE(after.classIndex, before.classIndex);
            QCOMPARE(after.confidence, before.confidence);
        }
    }

    void refusesGarbageBytes()
    {
        const auto model = SoftmaxImageClassifier::train(thirdsDataset(), ImageTrainingSettings{});
        QVERIFY(model);
        const QByteArray good = model->toBytes();
        QString error;
        QVERIFY(!SoftmaxImageClassifier::fromBytes(QByteArray(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!SoftmaxImageClassifier::fromBytes(QByteArray("not a model at all")));
        QVERIFY(!SoftmaxImageClassifier::fromBytes(good.left(good.size() / 2)));
        QVERIFY(!SoftmaxImageClassifier::fromBytes(good + QByteArray("x")));

        // Huge counts after a valid header must be refused before anything is allocated.
        const QByteArray header = good.left(6);
        QVERIFY(
            !SoftmaxImageClassifier::fromBytes(header + QByteArray::fromHex("000003107fffffff")));
        QVERIFY(!SoftmaxImageClassifier::fromBytes(
            header + QByteArray::fromHex("0000031000000003" "7fffffff")));

        std::mt19937 random(3);
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = good;
            const qsizetype at = qsizetype(random() % quint32(damaged.size()));
            damaged[at] = char(damaged[at] ^ char(1 + random() % 255));
            const auto loaded = SoftmaxImageClassifier::fromBytes(damaged);
            if (loaded)
                QCOMPARE(loaded->featureCount() * loaded->classCount(), 3 * kSide * kSide);
        }
    }

    void imagePixelsScalesAndResizes()
    {
        QImage image(56, 40, QImage::Format_RGB32);
        image.fill(QColor(102, 102, 102));
        const std::vector<float> grey = imagePixels(image, 1, 255);
        QCOMPARE(grey.size(), size_t(imageFeatureCount(1)));
        QCOMPARE(grey.front(), 0.4F);
        QCOMPARE(grey.back(), 0.4F);
        QCOMPARE(imagePixels(image, 1, 1).front(), 102.0F);

        image.fill(QColor(255, 0, 51));
        const std::vector<float> rgb = imagePixels(image, 3, 255);
        QCOMPARE(rgb.size(), size_t(imageFeatureCount(3)));
        QCOMPARE(imageFeatureCount(3), 3 * kSide * kSide);
        QCOMPARE(rgb[0], 1.0F);
        QCOMPARE(rgb[1], 0.0F);
        QCOMPARE(rgb[2], 0.2F);
        QVERIFY(imagePixels(QImage(), 1, 255).empty());
    }

    void cnnCsvQuotesFileNames()
    {
        const std::vector<ImageResultRow> rows{
            {QStringLiteral("plain.png"), QStringLiteral("cat"), 0.75},
            {QStringLiteral("a,b.png"), QStringLiteral("say \"hi\""), 0.5},
        };
        const QByteArray csv = cnnResultCsv(rows);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.value(0), QByteArray("file,predicted_class,confidence"));
        QCOMPARE(lines.value(1), QByteArray("plain.png,cat,0.750000"));
        QCOMPARE(lines.value(2), QByteArray("\"a,b.png\",\"say \"\"hi\"\"\",0.500000"));
    }
};

QTEST_GUILESS_MAIN(TestModelsClassifier)
#include "tst_models_classifier.moc"
