// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class WizardCostPage;
}

namespace deai {

class ApiCall;
struct WizardContext;

// Page 4: the server's estimate of the training cost for exactly these
// values. Asked again only when the values changed since the last estimate.
class CostPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CostPage(WizardContext *context, QWidget *parent = nullptr);
    ~CostPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    // The balance in the context changed.
    void showBalance();

private:
    void estimate();
    void showEstimate();
    void showRetry(bool shown);
    void setBusy(bool busy);

    WizardContext *m_context;
    std::unique_ptr<Ui::WizardCostPage> m_ui;
    QPointer<ApiCall> m_call;
    QByteArray m_callKey;
};

} // namespace deai
