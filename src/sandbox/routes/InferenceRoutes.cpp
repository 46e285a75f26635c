// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/Routes.h"

#include "http/FieldReader.h"
#include "http/FileNames.h"
#include "logging/LogCategories.h"
#include "routes/RouteContext.h"
#include "training/CostModel.h"
#include "training/JobIds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::InferenceRoutes", text);
}

struct InferenceOutcome
{
    std::variant<QByteArray, TrainingError> csv;
    QByteArray trainedModel; // set when the job's model had to be trained for this call
};

ApiAnswer inferenceCost(RouteContext &context, const QString &email, const QJsonObject &body)
{
    FieldReader fields(body);
    const QString jobId = fields.requiredString(QStringLiteral("jobID"));
    const QString dataPath = fields.requiredString(QStringLiteral("data_path"));
    if (!fields.ok())
        return ApiAnswer::error(ApiCode::BadRequest, fields.error());

    const auto job = context.ownedJob(email, jobId);
    if (const auto *answer = std::get_if<ApiAnswer>(&job))
        return *answer;
    const auto file = context.ownedFile(email, QStringLiteral("data_path"), dataPath);
    if (const auto *answer = std::get_if<ApiAnswer>(&file))
        return *answer;

    const CcdAmount cost = CostModel::inferenceCost(std::get<FileRow>(file).size);
    if (!context.store().putQuote({jobId, dataPath, cost}))
        return ApiAnswer::error(ApiCode::Internal, tr("The quote could not be recorded; try again."));
    return ApiAnswer::ok().withIntegerLiteral(QStringLiteral("ccd_cost"), cost.toUnitsText());
}

ApiAnswer recordInference(RouteContext &context, const QString &email, const JobRow &job, const QuoteRow &quote,
                          const InferenceOutcome &outcome)
{
    if (const auto *error = std::get_if<TrainingError>(&outcome.csv))
        return ApiAnswer::error(ApiCode::BadRequest, error->message);
    if (!outcome.trainedModel.isEmpty())
        context.store().setJobModel(job.id, outcome.trainedModel);
    if (!context.store().charge(email, quote.cost)) {
        return ApiAnswer::error(ApiCode::BalanceTooLow, tr("Your balance is below the inference cost of %1 CCD.")
                                                            .arg(quote.cost.toDecimalText()));
    }

    const QString txHash = JobIds::randomTxHash();
    const QString model = job.spec.value(QStringLiteral("model")).toString();
    // Shaped like production's "<email>_<n><model>_<data name>.csv"; the
    // data name is the uploaded name without the 20-character time stamp.
    constexpr qsizetype kStampLength = 20;
    const QString uploadedName = quote.dataPath.section(QLatin1Char('/'), -1).mid(kStampLength);
    const QString resultName = FileNames::withSafeCharacters(email) + QLatin1Char('_') + txHash.mid(2, 8) + model
                               + QLatin1Char('_')
                               + FileNames::sanitise(QFileInfo(uploadedName).completeBaseName())
                               + QStringLiteral(".csv");
    QSaveFile out(QDir(context.options().dataDir).filePath(QStringLiteral("results/") + resultName));
    const QByteArray &csv = std::get<QByteArray>(outcome.csv);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
        return ApiAnswer::error(ApiCode::Internal, tr("The result file could not be written; try again."));

    const auto id = context.store().addInference(
        {0, job.id, email, txHash, resultName, QDateTime::currentSecsSinceEpoch(), quote.cost});
    if (!id)
        return ApiAnswer::error(ApiCode::Internal, tr("The inference could not be recorded; try again."));
    return ApiAnswer::ok(QStringLiteral("Inference success")).with(QStringLiteral("infer_id"), *id);
}

FutureResponse inference(RouteContext &context, const QString &email, const QJsonObject &body)
{
    FieldReader fields(body);
    const QString jobId = fields.requiredString(QStringLiteral("jobID"));
    if (!fields.ok())
        return RouteContext::ready(ApiAnswer::error(ApiCode::BadRequest, fields.error()));
    const auto owned = context.ownedJob(email, jobId);
    if (const auto *answer = std::get_if<ApiAnswer>(&owned))
        return RouteContext::ready(*answer);
    const JobRow job = std::get<JobRow>(owned);

    const std::optional<QuoteRow> quote = context.store().quote(jobId);
    if (!quote) {
        return RouteContext::ready(ApiAnswer::error(ApiCode::BadRequest, tr("Call deAI/inferenceCost for this "
                                                                           "jobID before deAI/inference.")));
    }
    const auto file = context.ownedFile(email, QStringLiteral("data_path"), quote->dataPath);
    if (const auto *answer = std::get_if<ApiAnswer>(&file))
        return RouteContext::ready(*answer);
    const CcdAmount balance = context.store().user(email).value_or(UserRow()).balance;
    if (balance < quote->cost) {
        return RouteContext::ready(ApiAnswer::error(
            ApiCode::BalanceTooLow, tr("Your balance of %1 CCD is below the inference cost of %2 CCD.")
                                        .arg(balance.toDecimalText(), quote->cost.toDecimalText())));
    }

    const auto parsed = TrainingRequest::fromJson(job.spec);
    if (!std::holds_alternative<TrainingRequest>(parsed)) {
        return RouteContext::ready(ApiAnswer::error(ApiCode::Internal, tr("The job's stored training spec is "
                                                                          "damaged; create the job again.")));
    }
    const TrainingRequest request = std::get<TrainingRequest>(parsed);
    const QString xTrain = context.store().file(request.xTrain).value_or(FileRow()).storedPath;
    const QString yTrain = request.yTrain ? context.store().file(*request.yTrain).value_or(FileRow()).storedPath
                                          : QString();
    Trainer &trainer = context.trainer();
    return context.offThread(
        [&trainer, request, model = job.model, running = context.trainingRuns().running(job.id), xTrain, yTrain,
         dataPath = std::get<FileRow>(file).storedPath] {
            InferenceOutcome outcome{QByteArray(), {}};
            QByteArray useModel = model;
            if (useModel.isEmpty()) {
                // Wait for the job's own training; with none running (it failed,
                // or the sandbox restarted meanwhile) train here.
                const TrainingResult trained =
                    running ? running->result() : trainer.train(request, xTrain, yTrain);
                if (const auto *error = std::get_if<TrainingError>(&trained)) {
                    outcome.csv = *error;
                    return outcome;
                }
                useModel = std::get<QByteArray>(trained);
                if (!running)
                    outcome.trainedModel = useModel;
            }
            outcome.csv = trainer.infer(request, useModel, dataPath);
            return outcome;
        },
        [&context, email, job, quote = *quote](const InferenceOutcome &outcome) {
            return recordInference(context, email, job, quote, outcome);
        });
}

} // namespace

void addInferenceRoutes(RouteContext &context)
{
    context.postJson(QStringLiteral("/sdk/computation/deAI/inferenceCost"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return RouteContext::ready(inferenceCost(context, email, body));
                     });
    context.postJson(QStringLiteral("/sdk/computation/deAI/inference"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return inference(context, email, body);
                     });
}

} // namespace deai::sandbox
