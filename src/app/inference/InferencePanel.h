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
class ResultDownloader;
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
    void saveResultAs(const QString &targetPath);

Q_SIGNALS:
    void spent();

private:
    void browse();
    void runInference();
    void onStageChanged(InferenceFlow::Stage stage);
    void onUploadProgress(qint64 done, qint64 total);
    void showResult(const InferenceRecord &record);
    void updateButtons();

    std::unique_ptr<Ui::InferencePanel> m_ui;
    InferenceFlow *m_flow;
    ResultDownloader *m_downloader;
    TransferRate m_rate;
    QString m_jobId;
    QUrl m_resultUrl;
};

} // namespace deai
