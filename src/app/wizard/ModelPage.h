// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class WizardModelPage;
}

namespace deai {

struct WizardContext;

// Page 1: which model to train and a job name not used before.
class ModelPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ModelPage(WizardContext *context, QWidget *parent = nullptr);
    ~ModelPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString jobName() const;
    QString jobNameProblem() const;
    void showJobNameProblem();

    WizardContext *m_context;
    std::unique_ptr<Ui::WizardModelPage> m_ui;
};

} // namespace deai
