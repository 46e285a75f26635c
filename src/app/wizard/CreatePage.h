// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class WizardCreatePage;
}

namespace deai {

class ApiCall;
struct WizardContext;

// Page 5: confirm the cost and create the job. The job is written to the
// local record before the request leaves, so it can never be forgotten.
class CreatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CreatePage(WizardContext *context, QWidget *parent = nullptr);
    ~CreatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void jobCreated(qint64 localId);

private:
    void createJob();
    void onCreateFinished(qint64 localId);
    void setBusy(bool busy);
    // After a job was created, or might have been, nothing may resend it.
    void lockAfterSending();

    WizardContext *m_context;
    std::unique_ptr<Ui::WizardCreatePage> m_ui;
    QPointer<ApiCall> m_call;
    bool m_created = false;
    bool m_locked = false;
};

} // namespace deai
