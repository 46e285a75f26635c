// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class JobsPage;
}

namespace deai {

class ApiClient;
class InferencePanel;
class JobListModel;
class JobStore;
class UserPrompter;

// The local jobs of the signed-in account, and inference for the one selected.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(ApiClient *api, JobStore *jobs, UserPrompter *prompter, QWidget *parent = nullptr);
    ~JobsPage() override;

    void setAccount(const QString &server, const QString &account);
    void selectJob(qint64 localId);

    InferencePanel *inferencePanel() const { return m_inference; }

Q_SIGNALS:
    void spent();

private:
    void onSelectionChanged();
    void updateEmptyState();
    void fitColumns();

    std::unique_ptr<Ui::JobsPage> m_ui;
    JobListModel *m_model;
    InferencePanel *m_inference;
};

} // namespace deai
