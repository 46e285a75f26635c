// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace deai {

// "CNN" or "LSTM", as the API names the model.
QString modelName(const TrainingSpec &spec);

// The spec with the API's field names, as queryGuarantee receives it; this is
// what the local job record keeps as the job's parameters.
QJsonObject trainingSpecToJson(const TrainingSpec &spec);

// Equal for equal specs and different otherwise: the cost page's cache key.
QByteArray trainingSpecKey(const TrainingSpec &spec);

} // namespace deai
