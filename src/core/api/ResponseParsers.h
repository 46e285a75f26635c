// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QByteArray>
#include <variant>

namespace deai {

// Pure parsers of each call's answer body: bytes in, typed value or typed
// error out. They never touch the network, so they are unit-tested with the
// reference's examples and fuzzed.
template<typename T>
using Parsed = std::variant<T, ApiError>;

template<typename T>
const ApiError *parseError(const Parsed<T> &parsed)
{
    return std::get_if<ApiError>(&parsed);
}

Parsed<QByteArray> parseGenToken(const QByteArray &body);        // "token"
Parsed<UserInfo> parseUserInfo(const QByteArray &body);          // data{email,address,balance}
Parsed<QString> parseUploadFile(const QByteArray &body);         // the server path, in "msg"
Parsed<CcdAmount> parseQueryGuarantee(const QByteArray &body);   // ccd_cost in units
Parsed<QString> parseCreateJob(const QByteArray &body);          // the job id, in "data"
Parsed<CcdAmount> parseInferenceCost(const QByteArray &body);    // ccd_cost in units
Parsed<qint64> parseInference(const QByteArray &body);           // "infer_id"
Parsed<InferenceRecord> parseQueryInfer(const QByteArray &body); // "data"
Parsed<InferencePage> parseQueryInferList(const QByteArray &body);

} // namespace deai
