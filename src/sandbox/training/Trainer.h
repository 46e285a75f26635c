// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "training/TrainingRequest.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace deai::sandbox {

struct TrainingError
{
    QString message; // a sentence naming what is wrong with the data
};

// The seam between the API emulation and the model behind it (tests may put
// in their own). Both calls run on a worker thread and must only read the
// files they are given. A model is an opaque blob, kept in the sandbox
// database with its job.
class Trainer
{
public:
    virtual ~Trainer() = default;

    // xTrainPath / yTrainPath are files on disk (yTrainPath may be empty).
    virtual std::variant<QByteArray, TrainingError> train(const TrainingRequest &request,
                                                          const QString &xTrainPath,
                                                          const QString &yTrainPath) = 0;
    // Answers the result CSV for the data file at dataPath.
    virtual std::variant<QByteArray, TrainingError> infer(const TrainingRequest &request,
                                                          const QByteArray &model,
                                                          const QString &dataPath) = 0;
};

} // namespace deai::sandbox
