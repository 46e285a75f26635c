// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TrainingWizard.h"

#include "wizard/CostPage.h"
#include "wizard/CreatePage.h"
#include "wizard/DatasetPage.h"
#include "wizard/ModelPage.h"
#include "wizard/ParametersPage.h"
#include "wizard/WizardContext.h"

namespace deai {

TrainingWizard::TrainingWizard(ApiClient *api, JobStore *jobs, UserPrompter *prompter,
                               QWidget *parent)
    : QWizard(parent)
    , m_context(std::make_unique<WizardContext>())
{
    m_context->api = api;
    m_context->jobs = jobs;
    m_context->prompter = prompter;

    setWindowTitle(tr("New training job"));
    setObjectName(QStringLiteral("trainingWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    // Room for the parameter explanations without squeezing them.
    resize(760, 640);

    m_datasetPage = new DatasetPage(m_context.get(), this);
    m_costPage = new CostPage(m_context.get(), this);
    auto *createPage = new CreatePage(m_context.get(), this);
    setPage(ModelPageId, new ModelPage(m_context.get(), this));
    setPage(DatasetPageId, m_datasetPage);
    setPage(ParametersPageId, new ParametersPage(m_context.get(), this));
    setPage(CostPageId, m_costPage);
    setPage(CreatePageId, createPage);

    connect(createPage, &CreatePage::jobCreated, this, &TrainingWizard::jobCreated);
}

TrainingWizard::~TrainingWizard()
{
    // QDialog hides the window only in its own destructor, after our members are gone; the
    // focus leaving a field then would reach pages that read the context. Hide it first.
    hide();
}

void TrainingWizard::setAccount(const QString &server, const QString &email)
{
    m_context->server = server;
    m_context->account = email;
}

void TrainingWizard::setBalance(std::optional<CcdAmount> balance)
{
    m_context->balance = std::move(balance);
    m_costPage->showBalance();
}

void TrainingWizard::setSettingsPath(const QString &path)
{
    m_context->settingsPath = path;
}

} // namespace deai
