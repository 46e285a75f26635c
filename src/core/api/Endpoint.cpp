// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Endpoint.h"

#include <QCoreApplication>

namespace deai {

QString endpointPath(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::GenToken:
        return QStringLiteral("user/genToken");
    case Endpoint::UserInfo:
        return QStringLiteral("user/userInfo");
    case Endpoint::UploadFile:
        return QStringLiteral("deAI/uploadFile");
    case Endpoint::QueryGuarantee:
        return QStringLiteral("deAI/queryGuarantee");
    case Endpoint::CreateJob:
        return QStringLiteral("deAI/createJob");
    case Endpoint::InferenceCost:
        return QStringLiteral("deAI/inferenceCost");
    case Endpoint::Inference:
        return QStringLiteral("deAI/inference");
    case Endpoint::QueryInfer:
        return QStringLiteral("deAI/queryInfer");
    case Endpoint::QueryInferList:
        return QStringLiteral("deAI/queryInferList");
    }
    Q_UNREACHABLE();
}

QString endpointOperation(Endpoint endpoint)
{
    const char *text = "";
    switch (endpoint) {
    case Endpoint::GenToken:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "signing in");
        break;
    case Endpoint::UserInfo:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "loading your account details");
        break;
    case Endpoint::UploadFile:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "uploading the dataset");
        break;
    case Endpoint::QueryGuarantee:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "estimating the training cost");
        break;
    case Endpoint::CreateJob:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "creating the job");
        break;
    case Endpoint::InferenceCost:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "estimating the inference cost");
        break;
    case Endpoint::Inference:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "starting the inference");
        break;
    case Endpoint::QueryInfer:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "loading the inference result");
        break;
    case Endpoint::QueryInferList:
        text = QT_TRANSLATE_NOOP("deai::ApiClient", "loading the inference results");
        break;
    }
    return QCoreApplication::translate("deai::ApiClient", text);
}

bool endpointNeedsToken(Endpoint endpoint)
{
    return endpoint != Endpoint::GenToken;
}

bool endpointUsesGet(Endpoint endpoint)
{
    return endpoint == Endpoint::UserInfo;
}

bool endpointIsRetryable(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::UserInfo:
    case Endpoint::QueryGuarantee:
    case Endpoint::InferenceCost:
    case Endpoint::QueryInfer:
    case Endpoint::QueryInferList:
        return true;
    case Endpoint::GenToken:
    case Endpoint::UploadFile:
    case Endpoint::CreateJob:
    case Endpoint::Inference:
        return false;
    }
    return false;
}

bool endpointSpendsMoney(Endpoint endpoint)
{
    return endpoint == Endpoint::CreateJob || endpoint == Endpoint::Inference;
}

} // namespace deai
