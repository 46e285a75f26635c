// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace deai::sandbox {

class RouteContext;

// Each registers its calls at the production paths under /sdk/computation.
void addAccountRoutes(RouteContext &context);    // user/genToken, user/userInfo
void addUploadRoutes(RouteContext &context);     // deAI/uploadFile
void addTrainingRoutes(RouteContext &context);   // deAI/queryGuarantee, deAI/createJob
void addInferenceRoutes(RouteContext &context);  // deAI/inferenceCost, deAI/inference
void addRecordRoutes(RouteContext &context);     // deAI/queryInfer, deAI/queryInferList, /ai/resultFiles/

} // namespace deai::sandbox
