// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace deai {

class ApiClient;
class CostPage;
class DatasetPage;
class JobStore;
class UserPrompter;
struct WizardContext;

// Guides the user from a model choice to a created training job: model and
// name, dataset upload, parameters, cost estimate, creation.
class TrainingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ModelPageId, DatasetPageId, ParametersPageId, CostPageId, CreatePageId };

    TrainingWizard(ApiClient *api, JobStore *jobs, UserPrompter *prompter,
                   QWidget *parent = nullptr);
    ~TrainingWizard() override;

    void setAccount(const QString &server, const QString &email);
    void setBalance(std::optional<CcdAmount> balance);
    // Where the remembered values and the upload cache live; the
    // application's settings when never called.
    void setSettingsPath(const QString &path);

    DatasetPage *datasetPage() const { return m_datasetPage; }

Q_SIGNALS:
    void jobCreated(qint64 localId);

private:
    std::unique_ptr<WizardContext> m_context;
    DatasetPage *m_datasetPage;
    CostPage *m_costPage;
};

} // namespace deai
