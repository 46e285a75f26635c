// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/Routes.h"

#include "http/FieldReader.h"
#include "logging/LogCategories.h"
#include "routes/RouteContext.h"
#include "training/CostModel.h"
#include "training/JobIds.h"
#include "training/TrainingData.h"

#include <QCoreApplication>

namespace deai::sandbox {

namespace {

constexpr qint64 kMaxBatchSize = 1000000;

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::TrainingRoutes", text);
}

ApiAnswer nameTaken(const QString &jobName)
{
    return ApiAnswer::error(ApiCode::Conflict, tr("You already have a job named \"%1\"; job names cannot be "
                                                  "repeated, so choose another jobName.").arg(jobName));
}

FutureResponse queryGuarantee(RouteContext &context, const QString &email, const QJsonObject &body)
{
    auto parsed = TrainingRequest::fromJson(body);
    if (const QString *error = std::get_if<QString>(&parsed))
        return RouteContext::ready(ApiAnswer::error(ApiCode::BadRequest, *error));
    const TrainingRequest request = std::get<TrainingRequest>(parsed);

    const auto xTrain = context.ownedFile(email, QStringLiteral("x_train"), request.xTrain);
    if (const auto *answer = std::get_if<ApiAnswer>(&xTrain))
        return RouteContext::ready(*answer);
    QString yTrainPath;
    if (request.model == TrainingRequest::Model::Cnn && request.yTrain) {
        const auto yTrain = context.ownedFile(email, QStringLiteral("y_train"), *request.yTrain);
        if (const auto *answer = std::get_if<ApiAnswer>(&yTrain))
            return RouteContext::ready(*answer);
        yTrainPath = std::get<FileRow>(yTrain).storedPath;
    }
    if (context.store().jobNameTaken(email, request.jobName))
        return RouteContext::ready(nameTaken(request.jobName));

    return context.offThread(
        [request, xTrainPath = std::get<FileRow>(xTrain).storedPath, yTrainPath] {
            return TrainingData::summarise(request, xTrainPath, yTrainPath);
        },
        [&context, request, email](const std::variant<TrainingSummary, QString> &summary) {
            if (const QString *error = std::get_if<QString>(&summary))
                return ApiAnswer::error(ApiCode::BadRequest, *error);
            const TrainingSummary &work = std::get<TrainingSummary>(summary);
            const CcdAmount cost = CostModel::trainingCost(work.samples, request.epoch, work.opsPerSample);
            if (!context.store().putEstimate({email, request.jobName, request.toJson(), cost}))
                return ApiAnswer::error(ApiCode::Internal, tr("The estimate could not be recorded; try again."));
            return ApiAnswer::ok().withIntegerLiteral(QStringLiteral("ccd_cost"), cost.toUnitsText());
        });
}

void startTraining(RouteContext &context, const JobRow &job)
{
    const auto parsed = TrainingRequest::fromJson(job.spec);
    if (const QString *error = std::get_if<QString>(&parsed)) {
        qCWarning(lcSandbox) << "A stored job spec no longer validates:" << *error;
        return;
    }
    const TrainingRequest request = std::get<TrainingRequest>(parsed);
    const QString xTrainPath = context.store().file(request.xTrain).value_or(FileRow()).storedPath;
    const QString yTrainPath = request.yTrain ? context.store().file(*request.yTrain).value_or(FileRow()).storedPath
                                              : QString();
    Trainer &trainer = context.trainer();
    const QFuture<TrainingResult> training = context.inBackground(
        [&trainer, request, xTrainPath, yTrainPath] { return trainer.train(request, xTrainPath, yTrainPath); },
        [&context, id = job.id](const TrainingResult &model) {
            context.trainingRuns().finished(id);
            if (const auto *error = std::get_if<TrainingError>(&model)) {
                qCWarning(lcSandbox) << "Training failed:" << error->message;
                return;
            }
            context.store().setJobModel(id, std::get<QByteArray>(model));
        });
    context.trainingRuns().started(job.id, training);
}

ApiAnswer createJob(RouteContext &context, const QString &email, const QJsonObject &body)
{
    FieldReader fields(body);
    const QString jobName = fields.requiredString(QStringLiteral("jobName"));
    const qint64 batchSize = fields.requiredPositiveInteger(QStringLiteral("batchSize"), kMaxBatchSize);
    const QString computation = fields.requiredString(QStringLiteral("computation"));
    if (fields.ok() && computation != QLatin1String("Distributed AI"))
        fields.fail(tr("The field \"computation\" must be \"Distributed AI\"."));
    if (!fields.ok())
        return ApiAnswer::error(ApiCode::BadRequest, fields.error());

    if (context.store().jobNameTaken(email, jobName))
        return nameTaken(jobName);
    const std::optional<EstimateRow> estimate = context.store().estimate(email, jobName);
    if (!estimate) {
        return ApiAnswer::error(ApiCode::NotFound, tr("There is no cost estimate for a job named \"%1\"; call "
                                                      "deAI/queryGuarantee with this jobName first.").arg(jobName));
    }
    const CcdAmount balance = context.store().user(email).value_or(UserRow()).balance;
    if (balance < estimate->cost) {
        return ApiAnswer::error(ApiCode::BalanceTooLow,
                                tr("Your balance of %1 CCD is below the training estimate of %2 CCD; top up "
                                   "or lower epoch.").arg(balance.toDecimalText(), estimate->cost.toDecimalText()));
    }

    const JobRow job{JobIds::random256BitDecimal(), email, jobName, estimate->spec, int(batchSize), {}};
    if (!context.store().charge(email, estimate->cost) || !context.store().addJob(job))
        return ApiAnswer::error(ApiCode::Internal, tr("The job could not be created; try again."));
    startTraining(context, job);
    return ApiAnswer::ok(QStringLiteral("Success")).with(QStringLiteral("data"), job.id);
}

} // namespace

void addTrainingRoutes(RouteContext &context)
{
    context.postJson(QStringLiteral("/sdk/computation/deAI/queryGuarantee"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return queryGuarantee(context, email, body);
                     });
    context.postJson(QStringLiteral("/sdk/computation/deAI/createJob"),
                     [&context](const QString &email, const QJsonObject &body) {
                         return RouteContext::ready(createJob(context, email, body));
                     });
}

} // namespace deai::sandbox
