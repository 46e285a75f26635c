// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox validates every JSON request body with FieldReader; the one
// pure validator of a whole body is TrainingRequest::fromJson (queryGuarantee).
// The other routes read their few fields with FieldReader inside the route,
// so FieldReader is driven here on every key of the body. The input is the
// request body.
//
// A stored training request is read back with fromJson when the job is
// created and when it is used for inference, and the routes take that
// second reading for granted: whatever fromJson accepts, toJson must give
// back in a form fromJson accepts again, with the same values.
#include "FuzzSupport.h"
#include "http/FieldReader.h"
#include "training/TrainingRequest.h"

#include <QJsonDocument>

namespace {

using deai::sandbox::FieldReader;
using deai::sandbox::TrainingRequest;

void checkFieldReader(const QJsonObject &body)
{
    for (const QString &key : body.keys()) {
        FieldReader fields(body);
        const auto text = fields.optionalString(key);
        DEAI_FUZZ_CHECK(!text || !text->trimmed().isEmpty());
        const qint64 number = fields.requiredPositiveInteger(key, 1000);
        DEAI_FUZZ_CHECK(number >= 1 && number <= 1000);
        const double fraction = fields.requiredFraction(key);
        DEAI_FUZZ_CHECK(fraction > 0.0 && fraction < 1.0);
        DEAI_FUZZ_CHECK(fields.ok() == fields.error().isEmpty());
    }
}

bool sameRequest(const TrainingRequest &a, const TrainingRequest &b)
{
    return a.model == b.model && a.jobName == b.jobName && a.epoch == b.epoch
           && a.trainShard == b.trainShard && a.xTrain == b.xTrain && a.yTrain == b.yTrain
           && a.category == b.category && a.scaleRatio == b.scaleRatio && a.channel == b.channel
           && a.inputWidth == b.inputWidth && a.labelWidth == b.labelWidth && a.shift == b.shift
           && a.sequenceStride == b.sequenceStride && a.samplingRate == b.samplingRate;
}

void checkTrainingRequest(const QJsonObject &body)
{
    const auto parsed = TrainingRequest::fromJson(body);
    const auto *request = std::get_if<TrainingRequest>(&parsed);
    if (!request) {
        DEAI_FUZZ_CHECK(!std::get<QString>(parsed).isEmpty());
        return;
    }
    DEAI_FUZZ_CHECK(request->epoch >= 1);
    DEAI_FUZZ_CHECK(request->trainShard > 0.0 && request->trainShard < 1.0);
    DEAI_FUZZ_CHECK(request->model == TrainingRequest::Model::Cnn
                    || request->labelWidth <= request->totalWindowSize());

    // Through the text the store keeps, and back.
    const QByteArray stored = QJsonDocument(request->toJson()).toJson(QJsonDocument::Compact);
    const auto reread = TrainingRequest::fromJson(QJsonDocument::fromJson(stored).object());
    const auto *again = std::get_if<TrainingRequest>(&reread);
    DEAI_FUZZ_CHECK(again != nullptr);
    DEAI_FUZZ_CHECK(sameRequest(*request, *again));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(deai::fuzz::bytes(data, size).toByteArray());
    if (!document.isObject())
        return 0;
    checkFieldReader(document.object());
    checkTrainingRequest(document.object());
    return 0;
}
