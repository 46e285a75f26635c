// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "common/TransferRate.h"
#include "inference/InferenceFlow.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InferencePanel;
}

namespace deai {

class ApiClient;
class ResultViewerDialog;
class UserPrompter;

// Runs an inference for one created job and shows its result.
class InferencePanel : public QWidget
{
    Q_OBJECT

public:
    InferencePanel(ApiClient *api, UserPrompter *prompter, QWidget *parent = nullptr);
    ~InferencePanel() override;

    // An empty job id disables the panel.
    void setJobId(const QString &jobId);

public Q_SLOTS:
    // Asks where to save the last result, then shows it in a window of its own; nullptr
    // when there is no result or the user declined.
    ResultViewerDialog *viewResult();

Q_SIGNALS:
    void spent();
    // The result of an inference has arrived, not merely its request been accepted.
    void resultArrived(const deai::InferenceRecord &record);

private:
    void browse();
    void runInference();
    void onStageChanged(InferenceFlow::Stage stage);
    void onUploadProgress(qint64 done, qint64 total);
    void showResult(const InferenceRecord &record);
    void updateButtons();

    std::unique_ptr<Ui::InferencePanel> m_ui;
    UserPrompter *m_prompter;
    InferenceFlow *m_flow;
    TransferRate m_rate;
    QString m_jobId;
    // The shown result, which stays when another job is selected or another inference runs.
    QUrl m_resultUrl;
    QString m_resultJobId;
    QString m_resultDataFile;
};

} // namespace deai
