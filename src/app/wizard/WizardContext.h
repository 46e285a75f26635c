// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "dataset/DatasetProblem.h"
#include "money/CcdAmount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace deai {

class ApiClient;
class JobStore;
class UserPrompter;

enum class ModelKind { Cnn, Lstm };

// What the wizard's pages share. Each page writes its part when the user
// moves on (validatePage), so a later page always sees what was accepted.
struct WizardContext
{
    ApiClient *api = nullptr;
    JobStore *jobs = nullptr;
    UserPrompter *prompter = nullptr;

    QString server;
    QString account;
    std::optional<CcdAmount> balance;
    // Empty: the application's QSettings. Tests point it at a temporary file.
    QString settingsPath;

    ModelKind model = ModelKind::Cnn;
    QString jobName;
    // CNN: images ZIP then labels CSV; LSTM: the series CSV.
    QStringList datasetPaths;
    std::optional<TrainingSpec> spec;

    // What inspecting the chosen files found, for the parameters page. A proposal with
    // value 0 proposes nothing; seriesRows is 0 while the rows are not known.
    struct DatasetFacts
    {
        ProposedValue channel;
        ProposedValue category;
        ProposedValue scaleRatio;
        qint64 seriesRows = 0;
    };
    DatasetFacts datasetFacts;

    // The last estimate the server gave, for the spec whose key it carries;
    // the server joins createJob to the last queryGuarantee of the same name.
    std::optional<CcdAmount> estimate;
    QByteArray estimateKey;

    std::unique_ptr<QSettings> openSettings() const;
};

} // namespace deai
