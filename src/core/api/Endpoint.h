// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace deai {

// The nine calls of the API, with what the client must know about each one
// before sending it: where it lives, whether it may be retried, whether it
// can spend money.
enum class Endpoint
{
    GenToken,
    UserInfo,
    UploadFile,
    QueryGuarantee,
    CreateJob,
    InferenceCost,
    Inference,
    QueryInfer,
    QueryInferList,
};

// The path below the base URL: "deAI/queryGuarantee".
QString endpointPath(Endpoint endpoint);
// What the call does, for people: "estimating the training cost".
QString endpointOperation(Endpoint endpoint);

bool endpointNeedsToken(Endpoint endpoint);
bool endpointUsesGet(Endpoint endpoint);
// Calls that spend nothing and change nothing may be sent again after a
// transport failure.
bool endpointIsRetryable(Endpoint endpoint);
// Calls that may spend CCD: a lost answer leaves their outcome unknown.
bool endpointSpendsMoney(Endpoint endpoint);

} // namespace deai
