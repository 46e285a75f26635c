// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's models learn from the uploaded data: through the HTTP API,
// a CNN job tells apart classes no coin toss could, and an LSTM job beats
// repeating the last value.
#include "SandboxFixture.h"
#include "dataset/SampleDatasets.h"
#include "storage/SandboxStore.h"
#include "training/BaselineTrainer.h"

#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <numbers>

using deai::test::HttpResult;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

namespace {

constexpr int kSide = 12;

// A noisy grey image whose third `band` (0 left, 1 middle, 2 right) is bright.
QImage brightThird(int band, QRandomGenerator &random)
{
    QImage image(kSide, kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < kSide; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < kSide; ++x) {
            const int base = x * 3 / kSide == band ? 170 : 60;
            line[x] = uchar(base + random.bounded(-40, 41));
        }
    }
    return image;
}

struct ImageSet
{
    QByteArray zip;
    QByteArray labelsCsv;              // one label per image, in file-name order
    QHash<QString, QString> labelOf;   // file name -> class
};

ImageSet bandImages(int perClass, const QString &prefix, QRandomGenerator &random)
{
    static const QStringList classes = {QStringLiteral("left"), QStringLiteral("middle"),
                                        QStringLiteral("right")};
    QList<QPair<QString, QByteArray>> entries;
    ImageSet set;
    // Interleaved names, so file-name order mixes the classes.
    for (int i = 0; i < perClass; ++i) {
        for (int band = 0; band < 3; ++band) {
            const QString name = QStringLiteral("%1%2_%3.png").arg(prefix).arg(i, 3, 10, QLatin1Char('0')).arg(band);
            entries.append({name, datasets::png(brightThird(band, random))});
            set.labelOf.insert(name, classes[band]);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    set.labelsCsv = "label\n";
    for (const auto &entry : entries)
        set.labelsCsv += set.labelOf.value(entry.first).toUtf8() + '\n';
    set.zip = datasets::zip(entries);
    return set;
}

QByteArray sineCsv(int rows, double phase, QRandomGenerator &random)
{
    QByteArray csv = "Date Time,level,other\n";
    for (int t = 0; t < rows; ++t) {
        const double level = std::sin(2 * std::numbers::pi * t / 25.0 + phase) + 0.02 * (random.generateDouble() - 0.5);
        csv += "d" + QByteArray::number(t) + ',' + QByteArray::number(level, 'g', 12) + ','
               + QByteArray::number(random.generateDouble()) + '\n';
    }
    return csv;
}

// A CNN job over grey images of three classes, ten epochs, 80 % for training.
QJsonObject threeClassGreySpec(const QString &jobName, const QString &xTrain, const QString &yTrain)
{
    return {{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), 10},
            {QStringLiteral("jobName"), jobName}, {QStringLiteral("x_train"), xTrain},
            {QStringLiteral("y_train"), yTrain}, {QStringLiteral("train_shard"), 0.8},
            {QStringLiteral("category"), 3}, {QStringLiteral("scale_ratio"), 255},
            {QStringLiteral("channel"), 1}};
}

QList<QList<QByteArray>> csvRows(const QByteArray &csv)
{
    QList<QList<QByteArray>> rows;
    for (const QByteArray &line : csv.trimmed().split('\n'))
        rows.append(line.split(','));
    return rows;
}

// The real trainer, held at a gate and counting its trainings.
class GatedTrainer final : public deai::sandbox::Trainer
{
public:
    QSemaphore gate;
    std::atomic<int> trainings = 0;

    std::variant<QByteArray, deai::sandbox::TrainingError> train(const deai::sandbox::TrainingRequest &request,
                                                                 const QString &xTrainPath,
                                                                 const QString &yTrainPath) override
    {
        ++trainings;
        gate.acquire();
        gate.release();
        return m_real.train(request, xTrainPath, yTrainPath);
    }
    std::variant<QByteArray, deai::sandbox::TrainingError> infer(const deai::sandbox::TrainingRequest &request,
                                                                 const QByteArray &model,
                                                                 const QString &dataPath) override
    {
        return m_real.infer(request, model, dataPath);
    }

private:
    deai::sandbox::BaselineTrainer m_real;
};

} // namespace

class TestTrainedModels : public QObject
{
    Q_OBJECT

private:
    // Creates the job from spec, runs one inference on dataPath and answers the result CSV.
    static QByteArray trainAndInfer(SandboxFixture &sandbox, const QByteArray &token, const QJsonObject &spec,
                                    const QString &dataPath)
    {
        const HttpResult estimate = sandbox.postJson(QStringLiteral("deAI/queryGuarantee"), spec, token);
        if (estimate.code() != 200)
            qWarning("%s", estimate.body.constData());
        const HttpResult job = sandbox.postJson(
            QStringLiteral("deAI/createJob"),
            {{QStringLiteral("jobName"), spec.value(QStringLiteral("jobName"))}, {QStringLiteral("batchSize"), 16},
             {QStringLiteral("computation"), QStringLiteral("Distributed AI")}},
            token);
        const QString jobId = job.json().value(QStringLiteral("data")).toString();
        const qint64 inferId = sandbox.runInference(token, jobId, dataPath);
        if (inferId < 0)
            return {};
        const HttpResult record = sandbox.postJson(QStringLiteral("deAI/queryInfer"),
                                                   {{QStringLiteral("id"), inferId}}, token);
        const QString url =
            record.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toString();
        return sandbox.get(url).body;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inferenceWaitsForTheJobsOwnTraining()
    {
        auto trainer = std::make_shared<GatedTrainer>();
        deai::sandbox::SandboxOptions options;
        options.trainer = trainer;
        SandboxFixture sandbox(options);
        QVERIFY(sandbox.start());
        // Never leave a worker at the gate, or the server would wait for it forever.
        const auto openAtEnd = qScopeGuard([trainer] {
            if (trainer->gate.available() == 0)
                trainer->gate.release();
        });
        const QByteArray token = sandbox.signIn(QStringLiteral("gate@example.com"));
        const QString jobId = sandbox.createCnnJob(token, QStringLiteral("Gated"));
        QVERIFY(!jobId.isEmpty());
        QTRY_COMPARE(trainer->trainings.load(), 1); // held at the gate
        QVERIFY(sandbox.server().store().job(jobId)->model.isEmpty());

        const QString data = sandbox.upload(datasets::twoClassImageZip(1), QStringLiteral("x.zip"), token);
        // Open the gate once the inference below is on its way.
        QTimer::singleShot(200, [trainer] { trainer->gate.release(); });
        QVERIFY(sandbox.runInference(token, jobId, data) > 0);
        QCOMPARE(trainer->trainings.load(), 1);
        QTRY_VERIFY(!sandbox.server().store().job(jobId)->model.isEmpty());
    }

    void cnnJobClassifiesUnseenImagesByTheirBrightThird()
    {
        QRandomGenerator random(7);
        const ImageSet training = bandImages(30, QStringLiteral("train/"), random);
        const ImageSet unseen = bandImages(15, QStringLiteral("test/"), random);

        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("bands@example.com"));
        const QString xTrain = sandbox.upload(training.zip, QStringLiteral("x_train.zip"), token);
        const QString yTrain = sandbox.upload(training.labelsCsv, QStringLiteral("y_train.csv"), token);
        const QString data = sandbox.upload(unseen.zip, QStringLiteral("x_test.zip"), token);
        QVERIFY(!xTrain.isEmpty() && !yTrain.isEmpty() && !data.isEmpty());

        const QByteArray csv = trainAndInfer(
            sandbox, token,
            threeClassGreySpec(QStringLiteral("Bands"), xTrain, yTrain),
            data);
        const QList<QList<QByteArray>> rows = csvRows(csv);
        QCOMPARE(rows.value(0), QList<QByteArray>({"file", "predicted_class", "confidence"}));
        QCOMPARE(rows.size(), 1 + unseen.labelOf.size());

        int correct = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString file = QString::fromUtf8(rows[i].value(0));
            QVERIFY2(unseen.labelOf.contains(file), qPrintable(file));
            const double confidence = rows[i].value(2).toDouble();
            QVERIFY(confidence >= 1.0 / 3 && confidence <= 1.0);
            if (QString::fromUtf8(rows[i].value(1)) == unseen.labelOf.value(file))
                ++correct;
        }
        const double accuracy = double(correct) / double(rows.size() - 1);
        QVERIFY2(accuracy > 0.9, qPrintable(QString::number(accuracy)));
    }

    void theAppsSampleShapesTeachTheClassifierTheirLabels()
    {
        // What a new user trains on first must show the model learning.
        QTemporaryDir dir;
        const auto sample = deai::SampleDatasets::writeImageSample(dir.path());
        QVERIFY(sample);
        QFile images(sample->imagesZip);
        QFile labels(sample->labelsCsv);
        QVERIFY(images.open(QIODevice::ReadOnly) && labels.open(QIODevice::ReadOnly));
        const QByteArray labelsCsv = labels.readAll();
        QHash<QString, QString> labelOf;
        for (const QList<QByteArray> &row : csvRows(labelsCsv).mid(1))
            labelOf.insert(QString::fromUtf8(row.value(0)), QString::fromUtf8(row.value(1)));
        QCOMPARE(labelOf.size(), 300);

        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("shapes@example.com"));
        const QString xTrain = sandbox.upload(images.readAll(), QStringLiteral("shapes.zip"), token);
        const QString yTrain = sandbox.upload(labelsCsv, QStringLiteral("labels.csv"), token);
        QVERIFY(!xTrain.isEmpty() && !yTrain.isEmpty());
        const QByteArray csv = trainAndInfer(
            sandbox, token,
            threeClassGreySpec(QStringLiteral("Shapes"), xTrain, yTrain),
            xTrain);
        const QList<QList<QByteArray>> rows = csvRows(csv);
        QCOMPARE(rows.size(), 1 + 300);
        int correct = 0;
        for (qsizetype i = 1; i < rows.size(); ++i)
            correct += labelOf.value(QString::fromUtf8(rows[i].value(0))) == QString::fromUtf8(rows[i].value(1));
        // Chance is one in three.
        QVERIFY2(correct > 0.8 * 300, qPrintable(QString::number(correct)));
    }

    void lstmJobForecastsASineBetterThanTheLastValue()
    {
        QRandomGenerator random(11);
        const QByteArray trainingCsv = sineCsv(400, 0.0, random);
        const QByteArray dataCsv = sineCsv(120, 1.3, random);
        constexpr int kInputWidth = 12;
        constexpr int kShift = 3;

        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QByteArray token = sandbox.signIn(QStringLiteral("sine@example.com"));
        const QString xTrain = sandbox.upload(trainingCsv, QStringLiteral("sine.csv"), token);
        const QString data = sandbox.upload(dataCsv, QStringLiteral("sine_later.csv"), token);
        QVERIFY(!xTrain.isEmpty() && !data.isEmpty());

        const QByteArray csv = trainAndInfer(
            sandbox, token,
            {{QStringLiteral("model"), QStringLiteral("LSTM")}, {QStringLiteral("epoch"), 2},
             {QStringLiteral("jobName"), QStringLiteral("Sine")}, {QStringLiteral("x_train"), xTrain},
             {QStringLiteral("train_shard"), 0.8}, {QStringLiteral("input_width"), kInputWidth},
             {QStringLiteral("label_width"), 1}, {QStringLiteral("shift"), kShift},
             {QStringLiteral("sequence_stride"), 1}, {QStringLiteral("sampling_rate"), 1}},
            data);
        const QList<QList<QByteArray>> rows = csvRows(csv);
        QCOMPARE(rows.value(0), QList<QByteArray>({"step", "forecast", "actual"}));

        // The uploaded data's first numeric column, to score against.
        const QList<QList<QByteArray>> uploaded = csvRows(dataCsv);
        double modelError = 0;
        double naiveError = 0;
        int scored = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (rows[i].value(2).isEmpty())
                continue; // a forecast past the end of the data
            const qint64 step = rows[i].value(0).toLongLong();
            const double actual = uploaded.value(1 + step).value(1).toDouble();
            QVERIFY(std::abs(rows[i].value(2).toDouble() - actual) < 1e-6);
            const double lastInput = uploaded.value(1 + step - kShift).value(1).toDouble();
            modelError += std::abs(rows[i].value(1).toDouble() - actual);
            naiveError += std::abs(lastInput - actual);
            ++scored;
        }
        QCOMPARE(scored, 120 - (kInputWidth - 1) - kShift);
        QVERIFY2(modelError < 0.25 * naiveError,
                 qPrintable(QStringLiteral("model MAE %1, last value MAE %2")
                                .arg(modelError / scored).arg(naiveError / scored)));
    }
};

QTEST_GUILESS_MAIN(TestTrainedModels)
#include "tst_trained_models.moc"
