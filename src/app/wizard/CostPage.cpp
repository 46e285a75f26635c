// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CostPage.h"

#include "api/ApiClient.h"
#include "ui_wizardcostpage.h"
#include "wizard/TrainingSpecJson.h"
#include "wizard/WizardContext.h"

namespace deai {

CostPage::CostPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardCostPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Cost"));
    setSubTitle(tr("What training with these values costs, before anything is spent."));

    connect(m_ui->retryCostButton, &QPushButton::clicked, this, &CostPage::estimate);
    showRetry(false);
    setBusy(false);
}

// An estimate still on its way spends nothing: it may finish on its own, and
// its answer no longer reaches this page.
CostPage::~CostPage() = default;

void CostPage::initializePage()
{
    const QByteArray key = trainingSpecKey(*m_context->spec);
    if (m_call && m_callKey == key)
        return; // the estimate for these values is on its way
    if (m_context->estimate && m_context->estimateKey == key) {
        showEstimate();
        return;
    }
    estimate();
}

void CostPage::cleanupPage()
{
    // Keep the estimate: coming back with the same values needs no new call.
}

bool CostPage::isComplete() const
{
    return !m_call && m_context->spec && m_context->estimate
        && m_context->estimateKey == trainingSpecKey(*m_context->spec);
}

void CostPage::estimate()
{
    if (m_call) {
        // The values changed while an older estimate was on its way.
        m_call->disconnect(this);
        m_call->cancel();
    }
    m_context->estimate.reset();
    m_context->estimateKey.clear();
    m_ui->costErrorLabel->clear();
    showRetry(false);
    m_ui->costValueLabel->clear();
    m_ui->balanceWarningLabel->clear();

    const QByteArray key = trainingSpecKey(*m_context->spec);
    ApiReply<CcdAmount> *reply = m_context->api->queryGuarantee(*m_context->spec);
    m_call = reply;
    m_callKey = key;
    setBusy(true);
    connect(reply, &ApiCall::finished, this, [this, reply, key] {
        m_call = nullptr;
        setBusy(false);
        if (reply->isOk()) {
            m_context->estimate = reply->value();
            m_context->estimateKey = key;
            showEstimate();
        } else {
            m_ui->costErrorLabel->setText(reply->error().message());
            showRetry(true);
        }
        Q_EMIT completeChanged();
    });
    Q_EMIT completeChanged();
}

void CostPage::showEstimate()
{
    m_ui->costValueLabel->setText(m_context->estimate->toDisplayString());
    showBalance();
}

void CostPage::showBalance()
{
    const auto &balance = m_context->balance;
    m_ui->balanceValueLabel->setText(balance ? balance->toDisplayString() : tr("unknown"));
    const bool tooLow = balance && m_context->estimate && *m_context->estimate > *balance;
    m_ui->balanceWarningLabel->setText(
        tooLow ? tr("The estimate is more than your balance: the server will refuse the job "
                    "until you add %1.")
                     .arg(m_context->estimate->saturatingMinus(*balance).toDisplayString())
               : QString());
}

void CostPage::showRetry(bool shown)
{
    // QWizard focuses the first focusable child even when it is hidden.
    m_ui->retryCostButton->setVisible(shown);
    m_ui->retryCostButton->setFocusPolicy(shown ? Qt::StrongFocus : Qt::NoFocus);
    if (shown)
        m_ui->retryCostButton->setFocus();
}

void CostPage::setBusy(bool busy)
{
    m_ui->costBusyIndicator->setVisible(busy);
    m_ui->costBusyLabel->setVisible(busy);
}

} // namespace deai
