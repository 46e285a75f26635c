// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace deai {

class ApiClient;
class InferenceHistoryModel;
class JobStore;
class ResultViewerDialog;
class SavePathChooser;

// The inferences of one created job, page by page.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(ApiClient *api, JobStore *jobs, SavePathChooser *chooser,
                QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setAccount(const QString &server, const QString &account);
    InferenceHistoryModel *model() const { return m_model; }

public Q_SLOTS:
    // Asks where to save the selected row's result, then shows it in a window of its own;
    // nullptr when no row is selected or the user declined.
    ResultViewerDialog *viewSelectedResult();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadJobs();
    void onJobChosen();
    void updatePaging();
    void fitColumnsToJob();
    void copyTxHash();
    QUrl currentResultUrl() const;

    std::unique_ptr<Ui::HistoryPage> m_ui;
    JobStore *m_jobs;
    SavePathChooser *m_chooser;
    InferenceHistoryModel *m_model;
    QString m_server;
    QString m_account;
    QString m_columnsFittedFor; // the job whose first shown page sized the columns
};

} // namespace deai
