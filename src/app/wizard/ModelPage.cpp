// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ModelPage.h"

#include "jobs/JobStore.h"
#include "ui_wizardmodelpage.h"
#include "wizard/WizardContext.h"

namespace deai {

ModelPage::ModelPage(WizardContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardModelPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Model and job name"));
    setSubTitle(tr("Choose what to train and give the job a name you will recognise."));

    connect(m_ui->jobNameEdit, &QLineEdit::textChanged, this, &ModelPage::showJobNameProblem);
}

ModelPage::~ModelPage() = default;

void ModelPage::initializePage()
{
    // The account may have changed since the page was built.
    showJobNameProblem();
}

QString ModelPage::jobName() const
{
    return m_ui->jobNameEdit->text().trimmed();
}

QString ModelPage::jobNameProblem() const
{
    const QString name = jobName();
    if (name.isEmpty())
        return tr("Enter a job name.");
    if (m_context->jobs && m_context->jobs->isNameUsed(m_context->server, m_context->account, name))
        return tr("You already have a job named \"%1\" on this account. Job names cannot be "
                  "repeated: choose another.")
            .arg(name);
    return {};
}

void ModelPage::showJobNameProblem()
{
    // An empty field is not an error yet, only unfinished.
    const bool untouched = m_ui->jobNameEdit->text().isEmpty();
    m_ui->jobNameMessageLabel->setText(untouched ? QString() : jobNameProblem());
    Q_EMIT completeChanged();
}

bool ModelPage::isComplete() const
{
    return jobNameProblem().isEmpty();
}

bool ModelPage::validatePage()
{
    if (!isComplete())
        return false;
    m_context->model = m_ui->lstmRadioButton->isChecked() ? ModelKind::Lstm : ModelKind::Cnn;
    m_context->jobName = jobName();
    return true;
}

} // namespace deai
