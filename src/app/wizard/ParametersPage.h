// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "wizard/WizardContext.h"

#include <QWizardPage>

#include <memory>
#include <optional>
#include <utility>

class QAbstractSpinBox;

namespace Ui {
class WizardParametersPage;
}

namespace deai {

// Page 3: the training parameters of the chosen model. The last values used
// for each model come back the next time.
class ParametersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ParametersPage(WizardContext *context, QWidget *parent = nullptr);
    ~ParametersPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QString problem() const;
    void showProblem();
    TrainingSpec spec() const;
    QList<std::pair<QAbstractSpinBox *, QString>> rememberedFields() const;
    void loadRemembered();
    void remember() const;

    WizardContext *m_context;
    std::unique_ptr<Ui::WizardParametersPage> m_ui;
    std::optional<ModelKind> m_loadedModel;
};

} // namespace deai
