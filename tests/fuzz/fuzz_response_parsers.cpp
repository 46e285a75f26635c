// SPDX-License-Identifier: GPL-3.0-or-later
// Every answer body of the nine calls goes through one of these parsers. The
// first byte picks the parser ('0' to '8', in the order of ResponseParsers.h),
// the rest is the body. A parser must answer a value or an error a person can
// read, and the value must agree with what Qt's parser sees in the body.
#include "FuzzSupport.h"
#include "api/ResponseParsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace deai;

QJsonObject qtObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

void checkAmountMatchesQt(const CcdAmount &amount, const QJsonValue &value)
{
    DEAI_FUZZ_CHECK(value.isDouble());
    DEAI_FUZZ_CHECK(amount.toUnitsText().toDouble() == value.toDouble());
    DEAI_FUZZ_CHECK(CcdAmount::fromDecimalText(amount.toDecimalText()) == amount);
}

void checkRecord(const InferenceRecord &record)
{
    DEAI_FUZZ_CHECK(record.resultUrl.isValid() && !record.resultUrl.isRelative());
    DEAI_FUZZ_CHECK(record.submitTime.isValid());
    DEAI_FUZZ_CHECK(!record.cost.toDisplayString().isEmpty());
}

template<typename T, typename Check>
void parseAndCheck(Parsed<T> (*parse)(const QByteArray &), const QByteArray &body, Check check)
{
    const Parsed<T> parsed = parse(body);
    if (const ApiError *error = parseError(parsed)) {
        DEAI_FUZZ_CHECK(error->isError());
        DEAI_FUZZ_CHECK(!error->message().isEmpty());
        return;
    }
    check(std::get<T>(parsed));
}

void parseAs(unsigned parser, const QByteArray &body)
{
    const auto nonEmpty = [](const auto &text) { DEAI_FUZZ_CHECK(!text.isEmpty()); };
    const auto costMatchesQt = [&body](const CcdAmount &cost) {
        checkAmountMatchesQt(cost, qtObject(body).value(QLatin1String("ccd_cost")));
    };

    switch (parser) {
    case 0:
        return parseAndCheck(parseGenToken, body, nonEmpty);
    case 1:
        return parseAndCheck(parseUserInfo, body, [](const UserInfo &info) {
            DEAI_FUZZ_CHECK(!info.balance || !info.balance->toDecimalText().isEmpty());
        });
    case 2:
        return parseAndCheck(parseUploadFile, body, nonEmpty);
    case 3:
        return parseAndCheck(parseQueryGuarantee, body, costMatchesQt);
    case 4:
        return parseAndCheck(parseCreateJob, body, nonEmpty);
    case 5:
        return parseAndCheck(parseInferenceCost, body, costMatchesQt);
    case 6:
        return parseAndCheck(parseInference, body, [&body](qint64 id) {
            DEAI_FUZZ_CHECK(id >= 0);
            DEAI_FUZZ_CHECK(qtObject(body).value(QLatin1String("infer_id")).toDouble() == double(id));
        });
    case 7:
        return parseAndCheck(parseQueryInfer, body, checkRecord);
    default:
        return parseAndCheck(parseQueryInferList, body, [&body](const InferencePage &page) {
            DEAI_FUZZ_CHECK(page.pageSize >= 0 && page.pageNumber >= 0 && page.totalPages >= 0
                            && page.totalCount >= 0);
            const QJsonArray items = qtObject(body).value(QLatin1String("data")).toArray();
            DEAI_FUZZ_CHECK(page.records.size() == items.size());
            for (const InferenceRecord &record : page.records)
                checkRecord(record);
        });
    }
}

} // namespace

DEAI_FUZZ_PREPARE_QT()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned parser = static_cast<std::uint8_t>(data[0] - '0') % 9;
    parseAs(parser, deai::fuzz::bytes(data + 1, size - 1).toByteArray());
    return 0;
}
