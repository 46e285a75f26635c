// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/LogCategories.h"
#include "models/ResultCsv.h"
#include "models/SoftmaxImageClassifier.h"
#include "training/BaselineJobs.h"
#include "training/BaselineTrainer.h"
#include "training/TrainingData.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>

#include <algorithm>

namespace deai::sandbox::baseline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::ImageJob", text);
}

double scaleRatioOf(const TrainingRequest &request)
{
    return double(request.scaleRatio.value_or(255));
}

// Keeps each decoded image only at the size the classifier looks at, so a
// large archive costs little memory between reading and training.
struct WorkingImages
{
    QHash<QString, QImage> byPath;

    ImageArchive::ImageVisitor collector()
    {
        return [this](const QString &path, const QImage &image) {
            byPath.insert(path, image.scaled(kWorkingImageSide, kWorkingImageSide, Qt::IgnoreAspectRatio,
                                             Qt::SmoothTransformation));
        };
    }
};

// The spec's channel, or grey when every image is grey and colour otherwise.
int channelsFor(const TrainingRequest &request, const QList<ImageSample> &images)
{
    if (request.channel)
        return int(*request.channel);
    const bool allGrey = std::all_of(images.cbegin(), images.cend(),
                                     [](const ImageSample &image) { return image.channels == 1; });
    return allGrey ? 1 : 3;
}

} // namespace

std::variant<QByteArray, TrainingError> trainImageJob(const TrainingRequest &request,
                                                      const QString &xTrainPath,
                                                      const QString &yTrainPath)
{
    WorkingImages working;
    const auto loaded = TrainingData::loadImages(request, xTrainPath, yTrainPath, working.collector());
    if (const QString *error = std::get_if<QString>(&loaded))
        return TrainingError{*error};
    const LabelledImages &data = std::get<LabelledImages>(loaded);

    const int channels = channelsFor(request, data.images);
    ImageDataset dataset(imageFeatureCount(channels));
    for (qsizetype i = 0; i < data.images.size(); ++i) {
        const std::vector<float> pixels =
            imagePixels(working.byPath.value(data.images[i].path), channels, scaleRatioOf(request));
        dataset.addSample(pixels, data.labels[i]);
    }

    ImageTrainingSettings settings;
    settings.trainShard = request.trainShard;
    settings.epochs = BaselineTrainer::imageEpochs(request.epoch, dataset.sampleCount(),
                                                   dataset.featureCount(), dataset.classCount());
    QString error;
    const auto model = SoftmaxImageClassifier::train(dataset, settings, &error);
    if (!model)
        return TrainingError{error};
    qCInfo(lcSandbox) << "Image classifier trained for" << settings.epochs << "epochs, validation accuracy"
                      << model->metrics().validationAccuracy;
    return model->toBytes();
}

std::variant<QByteArray, TrainingError> inferImageJob(const TrainingRequest &request,
                                                      const QByteArray &model,
                                                      const QString &dataPath)
{
    QString error;
    const auto classifier = SoftmaxImageClassifier::fromBytes(model, &error);
    if (!classifier)
        return TrainingError{error};

    WorkingImages working;
    const auto images = ImageArchive::read(dataPath, working.collector());
    if (const QString *readError = std::get_if<QString>(&images))
        return TrainingError{tr("data_path: %1").arg(*readError)};

    // The model's input size says which channels it was trained on.
    const int channels = classifier->featureCount() == imageFeatureCount(1) ? 1 : 3;
    std::vector<ImageResultRow> rows;
    for (const ImageSample &image : std::get<QList<ImageSample>>(images)) {
        const ImagePrediction prediction = classifier->predict(
            imagePixels(working.byPath.value(image.path), channels, scaleRatioOf(request)));
        rows.push_back({image.path, prediction.className, prediction.confidence});
    }
    return cnnResultCsv(rows);
}

} // namespace deai::sandbox::baseline
